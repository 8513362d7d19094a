using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Rules;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Server.Access;
using Safeground.Contracts;
using Safeground.Core.Text;

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
        var g = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(AccessPolicies.Caller);
        g.MapPost("", Submit).WithSummary("Submit a report (Safeground's report JSON); an illegal land-release step is refused with the rule's message (422); "
                + "the same report sent again (same id, content and submitter) is answered 200 with alreadyReceived: true, a different one under a stored id 409")
            .Accepts<Report>("application/json").RequireAuthorization(AccessPolicies.FieldReporter)
            .Answers<ReportSummaryView>(StatusCodes.Status201Created).Answers<ReportSummaryView>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        g.MapGet("", List).WithSummary("Reports in replay order, filtered by status, organisation, hazard and date of information (from/to, inclusive), paged")
            .Answers<PagedList<ReportSummaryView>>().Problems(StatusCodes.Status400BadRequest);
        g.MapGet("/{id}", Show).WithSummary("A report with its status, history and the rule flags its hazards record against it")
            .Answers<ReportDetailView>().Problems(StatusCodes.Status404NotFound);
        g.MapPost("/{id}/approve", Approve).WithSummary("Approve a submitted report: its hazards are replayed and the rules checked again").Accepts<Decision>("application/json")
            .RequireAuthorization(AccessPolicies.DataManager)
            .Answers<ApprovalView>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        g.MapPost("/{id}/reject", Reject).WithSummary("Reject a submitted report; the reason is required").Accepts<Decision>("application/json")
            .RequireAuthorization(AccessPolicies.DataManager)
            .Answers<ReportSummaryView>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        g.MapPost("/{id}/supersede", Supersede).WithSummary("Submit a report that supersedes an approved one (its supersedeReason is required)")
            .Accepts<Report>("application/json").RequireAuthorization(AccessPolicies.FieldReporter)
            .Answers<ReportSummaryView>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> Submit(HttpContext context, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var user = Caller.Of(context);
        var report = await ReportBodies.ReadReport(request, cancel);
        Caller.AuditTarget(context, report.Id);
        // A report that supersedes one the caller may not see is refused as if that report did not exist (ids do not leak).
        if (report.Supersedes is { } old) Visible(store, user, old);
        // The same report sent again (a retry after a lost answer) is acknowledged, not refused: 200 and the stored record.
        var receipt = new ReportLifecycle(store, clock, StoredProgramme.Of(store)).SubmitOnce(report, user);
        return receipt.AlreadyReceived
            ? Results.Json(Summary(receipt.Record) with { AlreadyReceived = true }, ApiJson.Options, statusCode: StatusCodes.Status200OK)
            : Results.Json(Summary(receipt.Record), ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> Supersede(string id, HttpContext context, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var user = Caller.Of(context);
        Visible(store, user, id);
        var report = await ReportBodies.ReadReport(request, cancel);
        if (report.Supersedes is { } other && other != id)
            throw QueryValues.Bad(Texts.Render("api.supersede.other", ("other", other), ("id", id)));
        // Who may correct which report is Core's rule (AccessPolicy.CanProposeCorrection), the same as for POST /reports and sync.
        var record = new ReportLifecycle(store, clock, StoredProgramme.Of(store)).Submit(report with { Supersedes = id }, user);
        return Results.Json(Summary(record), ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static IResult List(HttpContext context, HttpRequest request, ISafegroundStore store,
        string? status, string? organisation, string? hazard, string? from, string? to, string? limit, string? offset)
    {
        var query = new ReportQuery(
            QueryValues.Word<ReportStatus>("status", status), organisation, hazard,
            QueryValues.Date("from", from), QueryValues.Date("to", to),
            QueryValues.Limit(limit), QueryValues.Offset(offset));
        var page = Query(store, Caller.Of(context), query);
        return Results.Json(PagedList<ReportSummaryView>.Of(page, Summary, request, query.Limit, query.Offset), ApiJson.Options);
    }

    /// <summary>
    /// The reports <paramref name="user"/> may see among those <paramref name="query"/> asks for. Whenever the filters
    /// allow, the store's indexed query answers (approved only; or the caller's own organisation); only a mixed
    /// list (all statuses, all organisations, for a field reporter or an operator's data manager) filters the stream.
    /// </summary>
    private static Page<ReportRecord> Query(ISafegroundStore store, User user, ReportQuery query)
    {
        if (AccessPolicy.SeesAllReports(user) || query.Status == ReportStatus.Approved) return store.QueryReports(query);
        var own = AccessPolicy.OwnOrganisation(user);
        if (own is not null && query.OrganisationId == own) return store.QueryReports(query);
        if (own is null || query.OrganisationId is not null)
        {
            // Only approved reports are visible (to this user, or of that other organisation).
            return query.Status is null ? store.QueryReports(query with { Status = ReportStatus.Approved }) : new Page<ReportRecord>([], 0);
        }
        // Unapproved reports of every organisation asked for: only the user's own organisation has any visible.
        if (query.Status is not null) return store.QueryReports(query with { OrganisationId = own });
        var items = new List<ReportRecord>();
        long total = 0;
        foreach (var r in store.Reports().Where(r => query.Matches(r) && AccessPolicy.CanSeeReport(user, r.Report.OrganisationId, r.Status)))
        {
            if (total >= query.Offset && items.Count < query.Limit) items.Add(r);
            total++;
        }
        return new Page<ReportRecord>(items, total);
    }

    /// <summary>The report, when it exists and <paramref name="user"/> may see it; otherwise the same 404 either way (ids do not leak).</summary>
    internal static ReportRecord Visible(ISafegroundStore store, User user, string id)
    {
        var record = store.FindReport(id);
        return record is not null && AccessPolicy.CanSeeReport(user, record.Report.OrganisationId, record.Status)
            ? record
            : throw SafegroundException.NotFound(Texts.Render("error.report.report-does-not-exist", ("reportId", id)));
    }

    private static IResult Show(string id, HttpContext context, ISafegroundStore store)
    {
        var user = Caller.Of(context);
        var record = Visible(store, user, id);
        var flags = record.Report.HazardIds().Select(store.FindHazard).OfType<HazardState>()
            .SelectMany(h => h.RuleFlags).Where(f => f.ReportId == id).ToList();
        var shown = AccessPolicy.CanSeePersonalData(user, record.Report.OrganisationId) ? record.Report : PersonalData.Redact(record.Report);
        return Results.Json(ReportDetailView.From(record, shown, store.History(id), flags), ApiJson.Options);
    }

    private static async Task<IResult> Approve(string id, HttpContext context, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var user = Caller.Of(context);
        await ReportBodies.ReadDecision(request, user.Username, cancel);
        Visible(store, user, id);
        var record = new ReportLifecycle(store, clock, StoredProgramme.Of(store)).Approve(id, user);
        var hazards = record.Report.HazardIds().Select(store.FindHazard).OfType<HazardState>().Select(HazardSummaryView.From).ToList();
        return Results.Json(new ApprovalView(Summary(record), hazards), ApiJson.Options);
    }

    private static async Task<IResult> Reject(string id, HttpContext context, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var user = Caller.Of(context);
        var decision = await ReportBodies.ReadDecision(request, user.Username, cancel);
        Visible(store, user, id);
        var record = new ReportLifecycle(store, clock, StoredProgramme.Of(store)).Reject(id, user, decision.Reason ?? "");
        return Results.Json(Summary(record), ApiJson.Options);
    }

    public static ReportSummaryView Summary(ReportRecord r) => ReportSummaryView.From(r);
}
