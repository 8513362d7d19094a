namespace Safeground.Core.Import;

/// <summary>What the importer did with one feature.</summary>
public enum TriageOutcome
{
    Kept,
    Repaired,
    Rejected,
}
