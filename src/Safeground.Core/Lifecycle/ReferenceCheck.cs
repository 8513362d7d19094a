using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// A submitted report must name an organisation, team and deployment the store knows, not retired by the report's date, and
/// an organisation accredited for the report's work then (unless it is unmanaged: no accreditation recorded at all): a typo in an id would
/// otherwise be stored for ever (reports are immutable) and count under a name nobody has. The refusal names
/// the field and the id, and the ids it probably meant.
/// </summary>
/// <remarks>
/// The reference lists are read once per instance: a sync batch checks hundreds of reports against them, with one
/// instance for the batch (<see cref="ReportLifecycle"/> makes a new one for each single submission and each batch, so
/// a retirement or a new accreditation counts from the next submission, even in a long-lived host). A store
/// that keeps no list of a kind (a blank field kit filled only by sync, which carries reports, not reference lists)
/// cannot tell a known id from a typo: there the national side checks the report when it is pushed.
/// </remarks>
internal sealed class ReferenceCheck(IReferenceStore store)
{
    private Dictionary<string, Organisation>? _organisations;
    private Dictionary<string, Team>? _teams;
    private Dictionary<string, Deployment>? _deployments;

    public void Check(Report report)
    {
        var problems = Issues(report).Select(i => i.Message).ToList();
        if (problems.Count > 0)
            throw SafegroundException.Invalid(Texts.Render("error.report.invalid", ("report", report.Id), ("problems", string.Join("; ", problems))));
    }

    /// <summary>
    /// Each unknown or retired id, and an organisation not accredited for the report's work at its date, as an error on
    /// its field, for a form to show beside it. An organisation with no accreditation recorded is unmanaged: not refused.
    /// </summary>
    public IEnumerable<ReportIssue> Issues(Report report)
    {
        var problems = new List<ReportIssue>();
        var organisations = _organisations ??= store.Organisations().ToDictionary(o => o.Id, StringComparer.Ordinal);
        var teams = _teams ??= store.Teams().ToDictionary(t => t.Id, StringComparer.Ordinal);
        var deployments = _deployments ??= store.Deployments().ToDictionary(d => d.Id, StringComparer.Ordinal);
        var day = report.DateOfInformation;
        if (Known("organisationId", "word.organisation", report.OrganisationId, organisations, o => o.RetiredOn, day, problems) is { } org
            && Activities.Of(report.Kind) is { } activity && org.IsManaged && !org.IsAccreditedFor(activity, day))
        {
            var held = string.Join(", ", org.Accreditations.Where(a => a.CoversOn(day)).Select(a => StoredNames.Of(a.Activity)));
            var args = TextArgs.Of(("field", "organisationId"), ("id", org.Id), ("activity", StoredNames.Of(activity)), ("date", Iso(day)), ("held", held));
            var message = held.Length > 0 ? "issue.refdata.not-accredited.held" : "issue.refdata.not-accredited";
            problems.Add(new ReportIssue("organisationId", Rules.Severity.Error, Texts.Render(message, args), message, args));
        }
        Known("teamId", "word.team", report.TeamId, teams, t => t.RetiredOn, day, problems);
        Known("deploymentId", "word.deployment", report.DeploymentId, deployments, d => d.RetiredOn, day, problems);
        return problems;
    }

    // The record the id names, when it is known and not retired by the report's date; null (and an issue) otherwise.
    private static T? Known<T>(string field, string what, string? id, Dictionary<string, T> known, Func<T, DateOnly?> retiredOn, DateOnly day, List<ReportIssue> problems)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(id) || known.Count == 0) return null;
        if (known.TryGetValue(id, out var record))
        {
            if (retiredOn(record) is not { } retired || day < retired) return record;
            // Ids still in use that look alike: the one a team renamed on a new rotation is usually one letter off.
            var active = CloseIds.Of(known.Where(k => retiredOn(k.Value) is not { } r || day < r).Select(k => k.Key), id);
            var retiredArgs = TextArgs.Of(("field", field), ("what", what), ("id", id), ("date", Iso(retired)), ("close", string.Join(", ", active)));
            var retiredMessage = active.Count > 0 ? "issue.refdata.retired.close" : "issue.refdata.retired";
            problems.Add(new ReportIssue(field, Rules.Severity.Error, Texts.Render(retiredMessage, retiredArgs), retiredMessage, retiredArgs));
            return null;
        }
        var close = CloseIds.Of(known.Keys, id);
        var args = TextArgs.Of(("field", field), ("what", what), ("id", id), ("close", string.Join(", ", close)));
        var message = close.Count > 0 ? "issue.unknown-id.close" : "issue.unknown-id";
        problems.Add(new ReportIssue(field, Rules.Severity.Error, Texts.Render(message, args), message, args));
        return null;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
