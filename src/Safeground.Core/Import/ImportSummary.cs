namespace Safeground.Core.Import;

/// <summary>What an import did: counts, the area kept, and every repair and rejection by feature.</summary>
public sealed class ImportSummary
{
    public required string Source { get; init; }
    public long Read { get; set; }
    public long Kept { get; set; }
    public long Repaired { get; set; }
    public long Rejected { get; set; }
    public long Reports { get; set; }

    /// <summary>Reports stored but not approved: they would raise an error flag (<see cref="Lifecycle.BulkLoader"/>).</summary>
    public long HeldBack { get; set; }
    public double AreaM2 { get; set; }

    /// <summary>Features the store already holds as reports (an accident file imported again): nothing written for them.</summary>
    public long AlreadyImported { get; set; }

    /// <summary>Imported accidents placed in a hazard (named by the file or holding the point).</summary>
    public long InHazards { get; set; }
    public List<ImportIssue> Issues { get; } = [];

    /// <summary>Imported hazards that are the same land as an earlier one of the file (exact copies are rejected instead).</summary>
    public List<NearDuplicate> NearDuplicates { get; } = [];

    /// <summary>Finds whose model was written another way than the ordnance catalogue names it (an alias): stored by the catalogue's name.</summary>
    public long ModelsMapped { get; set; }

    /// <summary>The models finds named that the ordnance catalogue does not hold, in the order first met, with the close names.</summary>
    public List<UnknownModel> UnknownModels { get; } = [];

    public long Imported => Kept + Repaired;

    /// <summary>Rejections grouped by their reason's first words, for a short summary line.</summary>
    public IReadOnlyDictionary<string, int> RejectionsByReason() => Issues
        .Where(i => i.Outcome == TriageOutcome.Rejected)
        .GroupBy(i => ReasonKey(i.Message), StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string ReasonKey(string message)
    {
        int cut = message.IndexOfAny([':', '(', ';']);
        var key = (cut > 0 ? message[..cut] : message).Trim();
        // "outer ring has 2 distinct vertices" and "... 1 distinct ..." are one reason
        return System.Text.RegularExpressions.Regex.Replace(key, "[0-9][0-9,.]*", "N");
    }
}
