using Safeground.Core.Projections;

namespace Safeground.Core.Publication;

/// <summary>
/// Finds counted on a coarse grid for the public: no single find's position leaves, only how many finds fell in a
/// cell of <see cref="CellDegrees"/>° (about 11 km north–south), and only for cells holding at least
/// <see cref="MinimumFinds"/> finds, so a cell never points at one or two items (nor at the few people who found them).
/// Finds in smaller cells still count in the tables by region and year.
/// </summary>
public sealed class FindGrid
{
    /// <summary>The cell size in degrees of longitude and latitude.</summary>
    public const double CellDegrees = 0.1;

    /// <summary>The fewest finds a cell must hold to be shown.</summary>
    public const int MinimumFinds = 5;

    private readonly Dictionary<(int X, int Y), (int Finds, long Items)> _cells = [];

    public void Add(FindRecord find)
    {
        ArgumentNullException.ThrowIfNull(find);
        var p = find.Find.Position;
        if (p.IsEmpty || double.IsNaN(p.X) || double.IsNaN(p.Y)) return;
        var key = ((int)Math.Floor(p.X / CellDegrees), (int)Math.Floor(p.Y / CellDegrees));
        var (finds, items) = _cells.GetValueOrDefault(key);
        _cells[key] = (finds + 1, items + find.Find.Quantity);
    }

    /// <summary>The cells holding at least <see cref="MinimumFinds"/> finds, west to east, south to north.</summary>
    public IReadOnlyList<FindCell> Published() =>
        _cells.Where(c => c.Value.Finds >= MinimumFinds)
            .OrderBy(c => c.Key.Y).ThenBy(c => c.Key.X)
            // Corners from whole cell numbers (k × 0.1 rounded to one decimal): nothing of a find's own digits survives.
            .Select(c => new FindCell(Math.Round(c.Key.X * CellDegrees, 1), Math.Round(c.Key.Y * CellDegrees, 1), c.Value.Finds, c.Value.Items))
            .ToList();

    /// <summary>How many finds are in cells too small to show.</summary>
    public int Withheld => _cells.Values.Where(v => v.Finds < MinimumFinds).Sum(v => v.Finds);
}
