namespace Safeground.Core.Rules;

/// <summary>What setting new rules did: the version stored, the submitted reports whose verdict turned, and the hazards re-projected.</summary>
/// <param name="Stored">The new version.</param>
/// <param name="Rules">The rules as parsed.</param>
/// <param name="Previous">What the store ran on before.</param>
/// <param name="Pending">How many submitted reports were checked again.</param>
/// <param name="NowFail">Submitted reports the new rules refuse and the old ones accepted: approving them will be refused.</param>
/// <param name="NoLongerFail">Submitted reports the old rules refused and the new ones accept.</param>
/// <param name="Hazards">How many hazards were replayed from their approved reports.</param>
/// <param name="HazardsChanged">How many of their states changed (class, status, areas, flags) and were rewritten.</param>
public sealed record RulesChangeResult(
    StoredRules Stored,
    ProgrammeRules Rules,
    ProgrammeVersion Previous,
    int Pending,
    IReadOnlyList<PendingReportChange> NowFail,
    IReadOnlyList<PendingReportChange> NoLongerFail,
    int Hazards,
    int HazardsChanged);
