using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Access;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Server.Access;
using Safeground.Contracts;
using Safeground.Core.Text;

namespace Safeground.Server.Api;

/// <summary>
/// POST /reports/check: every problem of a report before it is submitted, field by field
/// (<see cref="ReportCheck"/>), so that a form can show them where they belong. Nothing is stored.
/// </summary>
/// <remarks>
/// Always 200 with <c>{ ok, issues: [{ field, severity, message }] }</c> for a caller who may submit, even
/// when the body is not a report at all: the parse error is then the one issue, its field the JSON path
/// where reading stopped. A form wants one answer shape to render, not a 400 to special-case.
/// </remarks>
internal static class ReportCheckEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGroup("/reports").WithTags("Reports")
            .MapPost("/check", Check).RequireAuthorization(AccessPolicies.FieldReporter)
            .WithSummary("Check a report without storing it: every rule, land-release and plausibility problem with the field it concerns ({ ok, issues })")
            .Accepts<Report>("application/json")
            .Answers<ReportCheckView>().Problems(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> Check(HttpContext context, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        Report? report;
        try
        {
            report = await JsonSerializer.DeserializeAsync<Report>(request.Body, ReportJson.Options, cancel);
        }
        catch (JsonException e)
        {
            return Answer([Unreadable(e)]);
        }
        catch (NotSupportedException e)
        {
            // The report kind could not be told (no "kind" first in the body, or an unknown one).
            return Answer([new ReportIssue("body.kind", Severity.Error, ReportJsonError.Describe(e, out _))]);
        }
        if (report is null) return Answer([Issue("report", "api.check.null")]);
        Caller.AuditTarget(context, report.Id);
        await AccessCheck.Demand(context, report.OrganisationId, AccessPolicies.SubmitFor);
        return Answer(new ReportCheck(store, clock, StoredProgramme.Of(store)).Run(report));
    }

    private static ReportIssue Unreadable(JsonException e)
    {
        var field = e.Path is null or "$" ? "report" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
        var reason = e.Message.Split(" Path:")[0]; // System.Text.Json's own words, after the path this issue already names
        return e.LineNumber is { } line
            ? Issue(field, "api.check.unreadable-at", ("line", line + 1), ("position", e.BytePositionInLine + 1), ("field", field), ("reason", reason))
            : Issue(field, "api.check.unreadable", ("field", field), ("reason", reason));
    }

    /// <summary>An error pinned to <paramref name="field"/>, with its id and arguments so a form can render its own words.</summary>
    private static ReportIssue Issue(string field, string id, params (string Name, object? Value)[] args)
    {
        var values = TextArgs.Of(args);
        return new ReportIssue(field, Severity.Error, Texts.Render(id, values), id, values);
    }

    private static IResult Answer(IReadOnlyList<ReportIssue> issues) => Results.Json(ReportCheckView.From(issues), ApiJson.Options);
}
