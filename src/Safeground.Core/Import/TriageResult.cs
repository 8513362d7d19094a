namespace Safeground.Core.Import;

/// <summary>A feature's geometry after triage: what is kept (if anything) and every change or reason, in words.</summary>
public sealed record TriageResult(TriageOutcome Outcome, NetTopologySuite.Geometries.Geometry? Geometry, IReadOnlyList<string> Notes)
{
    public static TriageResult Reject(string reason) => new(TriageOutcome.Rejected, null, [reason]);
}
