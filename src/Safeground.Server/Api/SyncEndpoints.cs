using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Rules;
using Safeground.Core.Access;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Sync;
using Safeground.Server.Access;
using Safeground.Core.Text;

namespace Safeground.Server.Api;

/// <summary>
/// /sync: the national side of <c>safeground sync</c> (Core's <see cref="StorePeer"/> with the caller, so that
/// <see cref="AccessPolicy"/> decides): the manifest of an area, reports with their history by id, and batches of a
/// kit's reports submitted as new submissions. Bodies and answers are in the report JSON's conventions.
/// </summary>
internal static class SyncEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/sync").WithTags("Sync").RequireAuthorization(AccessPolicies.Caller);
        g.MapPost("/manifest", Manifest).WithSummary("Id, status and last decision of every report of an area ({region, hazards, reports}; no region: everything) the caller may receive, streamed")
            .Accepts<SyncArea>("application/json")
            .Answers<ManifestEntry[]>().Problems(StatusCodes.Status400BadRequest);
        g.MapPost("/fetch", Fetch).WithSummary($"Reports with their history by id ({{ids}}, at most {StorePeer.MaxBatch}); ids the caller may not see are left out; victims' personal data withheld")
            .Accepts<FetchRequest>("application/json")
            .Answers<IReadOnlyList<SyncedReport>>().Problems(StatusCodes.Status400BadRequest);
        g.MapPost("/push", Push).WithSummary($"A kit's reports ({{reports}}, at most {StorePeer.MaxBatch}) submitted in one transaction: accepted, already-present or refused with the reason, per report")
            .Accepts<PushRequest>("application/json").RequireAuthorization(AccessPolicies.SyncPush)
            .Answers<IReadOnlyList<SubmissionOutcome>>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
    }

    private static StorePeer Peer(HttpContext context, ISafegroundStore store, TimeProvider clock) =>
        new(store, new ReportLifecycle(store, clock, StoredProgramme.Of(store)), Caller.Of(context));

    private static async Task<IResult> Manifest(HttpContext context, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var area = SyncRequestChecks.Area(await ReportBodies.Read<SyncArea>(request, "api.what.sync-area", cancel));
        var peer = Peer(context, store, clock);
        // Streamed: a national manifest is hundreds of thousands of lines, written while the store is read.
        return Results.Stream(async body =>
        {
            await using var json = new Utf8JsonWriter(body);
            json.WriteStartArray();
            foreach (var e in peer.Manifest(area, cancel))
            {
                json.WriteStartObject();
                json.WriteString("id", e.Id);
                json.WriteString("status", MapAttributes.Word(e.Status));
                if (e.DecidedAt is { } at) json.WriteString("decidedAt", at);
                json.WriteEndObject();
                if (json.BytesPending > 32 * 1024) await json.FlushAsync(cancel);
            }
            json.WriteEndArray();
            await json.FlushAsync(cancel);
        }, "application/json");
    }

    private static async Task<IResult> Fetch(HttpContext context, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var ids = SyncRequestChecks.Ids(await ReportBodies.Read<FetchRequest>(request, "api.what.report-ids", cancel));
        if (ids.Count > StorePeer.MaxBatch) throw QueryValues.Bad(Texts.Render("api.sync.fetch-too-many", ("count", ids.Count), ("max", StorePeer.MaxBatch)));
        // Victims' personal data never travels by sync (StorePeer withholds it): a kit is a laptop in the field.
        return Results.Json(Peer(context, store, clock).Fetch(ids, cancel), ReportJson.Options);
    }

    private static async Task<IResult> Push(HttpContext context, HttpRequest request, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var reports = SyncRequestChecks.Reports(await ReportBodies.Read<PushRequest>(request, "api.what.report-batch", cancel));
        if (reports.Count > StorePeer.MaxBatch) throw QueryValues.Bad(Texts.Render("api.sync.push-too-many", ("count", reports.Count), ("max", StorePeer.MaxBatch)));
        Caller.AuditTarget(context, $"{reports.Count} reports");
        return Results.Json(Peer(context, store, clock).Push(reports, cancel), ReportJson.Options);
    }
}
