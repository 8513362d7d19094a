namespace Safeground.Core.Publication;

/// <summary>
/// One published cell of the find grid: a square of <see cref="FindGrid.CellDegrees"/> whose south-west corner is
/// (<paramref name="West"/>, <paramref name="South"/>), with how many finds were recorded in it and how many items they held.
/// </summary>
public sealed record FindCell(double West, double South, int Finds, long Items);
