using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Server.Api;

/// <summary>
/// /reports: submit, list, read, approve, reject, supersede. Every step goes through
/// <see cref="ReportLifecycle"/> as <c>safeground report</c> does, so the land-release rules refuse the same
/// illegal steps with the same sentences (422).
/// </summary>
internal static class ReportEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/reports").WithTags("Reports");
        g.MapPost("", Submit).WithSummary("Submit a report (Safeground's report JSON); an illegal land-release step is refused with the rule's message (422)")
            .Accepts<Report>("application/json");
        g.MapGet("", List).WithSummary("Reports in replay order, filtered by status, organisation, hazard and date of information (from/to, inclusive), paged");
        g.MapGet("/{id}", Show).WithSummary("A report with its status, history and the rule flags its hazards record against it");
        g.MapPost("/{id}/approve", Approve).WithSummary("Approve a submitted report: its hazards are replayed and the rules checked again").Accepts<Decision>("application/json");
        g.MapPost("/{id}/reject", Reject).WithSummary("Reject a submitted report; the reason is required").Accepts<Decision>("application/json");
        g.MapPost("/{id}/supersede", Supersede).WithSummary("Submit a report that supersedes an approved one (its supersedeReason is required)")
            .Accepts<Report>("application/json");
    }

    private static async Task<IResult> Submit(HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var report = await ReportBodies.ReadReport(request, cancel);
        var record = new ReportLifecycle(store, clock).Submit(report);
        return Results.Json(Summary(record), ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> Supersede(string id, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var report = await ReportBodies.ReadReport(request, cancel);
        if (report.Supersedes is { } other && other != id)
            throw QueryValues.Bad($"supersedes: the body supersedes {other} but the path names {id}");
        var record = new ReportLifecycle(store, clock).Submit(report with { Supersedes = id });
        return Results.Json(Summary(record), ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static IResult List(HttpRequest request, ISafegroundStore store,
        string? status, string? organisation, string? hazard, string? from, string? to, string? limit, string? offset)
    {
        var query = new ReportQuery(
            QueryValues.Word<ReportStatus>("status", status), organisation, hazard,
            QueryValues.Date("from", from), QueryValues.Date("to", to),
            QueryValues.Limit(limit), QueryValues.Offset(offset));
        var page = store.QueryReports(query);
        return Results.Json(PagedList<ReportSummaryView>.Of(page, Summary, request, query.Limit, query.Offset), ApiJson.Options);
    }

    private static IResult Show(string id, ISafegroundStore store)
    {
        var record = store.FindReport(id) ?? throw SafegroundException.NotFound($"report {id} does not exist in {store.Location}");
        var flags = record.Report.HazardIds().Select(store.FindHazard).OfType<HazardState>()
            .SelectMany(h => h.RuleFlags).Where(f => f.ReportId == id).ToList();
        return Results.Json(new
        {
            report = ApiJson.Report(PersonalData.Redact(record.Report)),
            status = record.Status,
            statusReason = record.StatusReason,
            history = store.History(id),
            flags,
        }, ApiJson.Options);
    }

    private static async Task<IResult> Approve(string id, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var decision = await ReportBodies.ReadDecision(request, cancel);
        var record = new ReportLifecycle(store, clock).Approve(id, decision.By!);
        var hazards = record.Report.HazardIds().Select(store.FindHazard).OfType<HazardState>().Select(HazardView.Summary).ToList();
        return Results.Json(new { report = Summary(record), hazards }, ApiJson.Options);
    }

    private static async Task<IResult> Reject(string id, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var decision = await ReportBodies.ReadDecision(request, cancel);
        var record = new ReportLifecycle(store, clock).Reject(id, decision.By!, decision.Reason ?? "");
        return Results.Json(Summary(record), ApiJson.Options);
    }

    public static ReportSummaryView Summary(ReportRecord r) => new(
        r.Report.Id, r.Report.Kind, r.Report.HazardId, r.Report.AlsoHazards, r.Report.OrganisationId, r.Report.TeamId,
        r.Report.DateOfInformation, r.Status, r.StatusReason, r.Report.Supersedes, "/api/v1/reports/" + Uri.EscapeDataString(r.Report.Id));
}
