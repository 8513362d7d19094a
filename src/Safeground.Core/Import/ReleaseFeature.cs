using Safeground.Core.Hazards;

namespace Safeground.Core.Import;

/// <summary>One feature of a historical land-release file and what became of it.</summary>
/// <param name="AreaM2">The feature's polygon (after repair); 0 when refused before its geometry was read.</param>
/// <param name="OutsideM2">The part of it inside no hazard it was matched to: nothing released there.</param>
/// <param name="Parts">One per hazard it touches, in hazard id order.</param>
/// <param name="Reason">Why it was refused (or held back: the parts' reasons).</param>
public sealed record ReleaseFeature(
    long Index,
    string Where,
    ReleaseOutcome Outcome,
    ReleaseMethod? Method,
    DateOnly? Date,
    double AreaM2,
    double OutsideM2,
    IReadOnlyList<ReleasePart> Parts,
    string? Reason = null)
{
    /// <summary>The feature's area inside the hazards it touches: the sum of its parts.</summary>
    public double InsideM2 => Parts.Sum(p => p.InsideM2);

    /// <summary>What the replay released of it, over its parts.</summary>
    public double ReleasedM2 => Parts.Sum(p => p.ReleasedM2);
}
