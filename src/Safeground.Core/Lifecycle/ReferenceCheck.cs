using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// A submitted report must name an organisation, team and deployment the store knows: a typo in an id would
/// otherwise be stored for ever (reports are immutable) and count under a name nobody has. The refusal names
/// the field and the id, and the ids it probably meant.
/// </summary>
/// <remarks>
/// The reference lists are read once per instance: a sync batch checks hundreds of reports against them. A store
/// that keeps no list of a kind (a blank field kit filled only by sync, which carries reports, not reference lists)
/// cannot tell a known id from a typo: there the national side checks the report when it is pushed.
/// </remarks>
internal sealed class ReferenceCheck(IReferenceStore store)
{
    private HashSet<string>? _organisations, _teams, _deployments;

    public void Check(Report report)
    {
        var problems = Issues(report).Select(i => i.Message).ToList();
        if (problems.Count > 0)
            throw SafegroundException.Invalid(Texts.Render("error.report.invalid", ("report", report.Id), ("problems", string.Join("; ", problems))));
    }

    /// <summary>Each unknown id as an error on its field, for a form to show beside it.</summary>
    public IEnumerable<ReportIssue> Issues(Report report)
    {
        var problems = new List<ReportIssue>();
        Known("organisationId", "word.organisation", report.OrganisationId, _organisations ??= Ids(store.Organisations().Select(o => o.Id)), problems);
        Known("teamId", "word.team", report.TeamId, _teams ??= Ids(store.Teams().Select(t => t.Id)), problems);
        Known("deploymentId", "word.deployment", report.DeploymentId, _deployments ??= Ids(store.Deployments().Select(d => d.Id)), problems);
        return problems;
    }

    private static HashSet<string> Ids(IEnumerable<string> ids) => new(ids, StringComparer.Ordinal);

    private static void Known(string field, string what, string? id, HashSet<string> known, List<ReportIssue> problems)
    {
        if (string.IsNullOrWhiteSpace(id) || known.Count == 0 || known.Contains(id)) return;
        var close = known
            .Select(k => (Id: k, Distance: RegionNames.Distance(k.ToUpperInvariant(), id.ToUpperInvariant())))
            .Where(k => k.Distance <= Math.Max(1, id.Length / 4))
            .OrderBy(k => k.Distance).ThenBy(k => k.Id, StringComparer.Ordinal)
            .Take(3).Select(k => $"'{k.Id}'").ToList();
        var args = TextArgs.Of(("field", field), ("what", what), ("id", id), ("close", string.Join(", ", close)));
        var message = close.Count > 0 ? "issue.unknown-id.close" : "issue.unknown-id";
        problems.Add(new ReportIssue(field, Rules.Severity.Error, Texts.Render(message, args), message, args));
    }
}
