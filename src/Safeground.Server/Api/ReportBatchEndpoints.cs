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
/// POST /reports/batch: several reports as one unit, as <c>safeground report submit FILE</c> takes them
/// (<see cref="ReportLifecycle.SubmitBatch"/>): checked in the array's order, each against the approved state and
/// the array's earlier reports, and stored all or nothing (one refused: nothing stored, the refusal lists each
/// refused report with its reason). <c>?partial=true</c> stores the ones that pass and lists the rest.
/// </summary>
/// <remarks>
/// Answer: 201 with <c>{ stored, reports: [{ id, outcome, reason, href }] }</c> when something was stored, 200 with the
/// same shape when nothing was (partial, all refused). A field kit's sync keeps its own per-report answer (/sync/push).
/// </remarks>
internal static class ReportBatchEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGroup("/reports").WithTags("Reports")
            .MapPost("/batch", SubmitBatch).RequireAuthorization(AccessPolicies.FieldReporter)
            .WithSummary("Submit an array of reports as one unit: checked in order, stored all or nothing (?partial=true keeps the ones that pass)")
            .Accepts<Report[]>("application/json")
            .Answers<BatchView>(StatusCodes.Status201Created).Answers<BatchView>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> SubmitBatch(HttpContext context, HttpRequest request, ISafegroundStore store, TimeProvider clock, string? partial, CancellationToken cancel)
    {
        var user = Caller.Of(context);
        bool keepGood = Flag("partial", partial);
        var reports = await ReportBodies.Read<List<Report>>(request, "api.what.reports", cancel);
        if (reports.Count == 0) throw QueryValues.Bad(Texts.Render("api.batch.empty"));
        if (reports.Any(r => r is null)) throw QueryValues.Bad(Texts.Render("api.batch.null"));
        Caller.AuditTarget(context, string.Join(",", reports.Select(r => r.Id).Take(20)) + (reports.Count > 20 ? ",..." : ""));
        // A report that supersedes one the caller may not see refuses the request as if that report did not exist (ids do not leak).
        foreach (var r in reports)
            if (r.Supersedes is { } old) ReportEndpoints.Visible(store, user, old);
        var outcomes = new ReportLifecycle(store, clock, StoredProgramme.Of(store)).SubmitBatch(reports, user, keepGood);
        int stored = outcomes.Count(o => o.Status == SubmissionStatus.Accepted);
        var answer = new BatchView(stored, outcomes.Select(BatchOutcomeView.From).ToList());
        return Results.Json(answer, ApiJson.Options, statusCode: stored > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static bool Flag(string name, string? text) => text switch
    {
        null or "" or "false" => false,
        "true" => true,
        _ => throw QueryValues.Bad(Texts.Render("api.query.flag", ("name", name), ("value", text))),
    };
}
