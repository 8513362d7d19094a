namespace Safeground.Core.Import;

/// <summary>What a historical land-release import did with one feature.</summary>
public enum ReleaseOutcome
{
    /// <summary>One report against the one hazard it touches, approved.</summary>
    Applied,

    /// <summary>It touches several hazards: one report per hazard, each clipped to its hazard (a part may be held back).</summary>
    Split,

    /// <summary>It touches no hazard (or not the one it names): nothing released, its area reported.</summary>
    Outside,

    /// <summary>Not imported: bad geometry, no date, unknown method, unknown hazard, no right to import it.</summary>
    Refused,

    /// <summary>Stored but not approved: approving it would break a land-release rule (a date before the hazard was recorded, ...).</summary>
    HeldBack,

    /// <summary>Its reports are already in the store (the same file imported again): nothing written.</summary>
    AlreadyImported,
}
