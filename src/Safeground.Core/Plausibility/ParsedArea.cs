namespace Safeground.Core.Plausibility;

/// <summary>
/// An area as a claim states it ("150 ha", "25 football fields") and what it is in square metres.
/// </summary>
/// <param name="Text">The text as given.</param>
/// <param name="Amount">The number in the text.</param>
/// <param name="Unit">The unit it was read as, in one canonical spelling ("ha", "American football fields").</param>
/// <param name="UnitM2">Square metres in one unit.</param>
/// <param name="Note">What an informal unit was taken to mean (which football field), for the output; null for exact units.</param>
public sealed record ParsedArea(string Text, double Amount, string Unit, double UnitM2, string? Note)
{
    public double SquareMetres => Amount * UnitM2;
}
