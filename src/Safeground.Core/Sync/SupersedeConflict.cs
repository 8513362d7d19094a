using Safeground.Core.Reports;
using Safeground.Core.Text;

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
        ? Texts.Render(Pending.Count > 2 ? "sync.conflict.approved.many" : "sync.conflict.approved", ("pending", string.Join(Texts.Render("word.and"), Pending)), ("superseded", Superseded))
        : Texts.Render(Pending.Count == 1 ? "sync.conflict.settled.one" : "sync.conflict.settled", ("pending", string.Join(Texts.Render("word.and"), Pending)),
            ("superseded", Superseded), ("status", Words.Id(Status)));
}
