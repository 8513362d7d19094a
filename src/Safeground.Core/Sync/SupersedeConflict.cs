using Safeground.Core.Reports;

namespace Safeground.Core.Sync;

/// <summary>
/// Corrections that compete: pending reports that supersede the same report, or a pending report that supersedes
/// one already superseded. Safeground does not merge them; a data manager approves one and rejects the others.
/// </summary>
/// <param name="Superseded">The report they all correct.</param>
/// <param name="Status">Its status now (approved, or superseded when one correction was already approved).</param>
/// <param name="Pending">The pending reports that supersede it, by id.</param>
public sealed record SupersedeConflict(string Superseded, ReportStatus Status, IReadOnlyList<string> Pending)
{
    /// <summary>One sentence for a data manager.</summary>
    public string Describe() => Status == ReportStatus.Approved
        ? $"{string.Join(" and ", Pending)} all supersede {Superseded}: approve one and reject the other{(Pending.Count > 2 ? "s" : "")}"
        : $"{string.Join(" and ", Pending)} supersede{(Pending.Count == 1 ? "s" : "")} {Superseded}, which is already {Status.ToString().ToLowerInvariant()}: reject {(Pending.Count == 1 ? "it" : "them")} or supersede the report that replaced it";
}
