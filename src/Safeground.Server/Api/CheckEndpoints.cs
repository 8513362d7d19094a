using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Checks;
using Safeground.Core.Plausibility;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Server.Access;

namespace Safeground.Server.Api;

/// <summary>/checks: the data-quality findings of <c>safeground check --json</c>, and the plausibility of a claim (<c>check claim</c>).</summary>
internal static class CheckEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/checks").WithTags("Checks").RequireAuthorization(AccessPolicies.Caller);
        g.MapGet("", Check).WithSummary("Data-quality and plausibility findings over the store (minSeverity: info, warning, error)");
        g.MapPost("/claim", Claim).WithSummary("Is a reported total believable? Figure by figure, against the programme's thresholds and the recorded deployments")
            .Accepts<ClaimBody>("application/json");
    }

    private static IResult Check(ISafegroundStore store, TimeProvider clock, string? minSeverity, CancellationToken cancel)
    {
        var min = QueryValues.Word<Severity>("minSeverity", minSeverity) ?? Severity.Info;
        var programme = StoredProgramme.Of(store);
        var findings = new StoreCheck(programme, clock).Run(store, cancel).Where(f => f.Severity >= min).ToList();
        return Results.Json(new
        {
            programme = programme.Name,
            checkedAt = clock.GetUtcNow(),
            minSeverity = min,
            findings = findings.Select(f => new
            {
                severity = f.Severity,
                rule = f.RuleId,
                record = f.Record.ToString(),
                recordKind = f.Record.Kind,
                recordId = f.Record.Id,
                message = f.Message,
                figure = f.Figure is { } x && double.IsFinite(x) ? x : (double?)null,
                threshold = f.Threshold is { } t && double.IsFinite(t) ? t : (double?)null,
                unit = f.Unit,
            }),
            summary = new
            {
                findings = findings.Count,
                bySeverity = Enum.GetValues<Severity>().Reverse().ToDictionary(ApiJson.Word, s => findings.Count(f => f.Severity == s)),
                byRule = findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(r => r.Key, StringComparer.Ordinal)
                    .ToDictionary(r => r.Key, r => r.GroupBy(f => f.Severity).OrderByDescending(s => s.Key).ToDictionary(s => ApiJson.Word(s.Key), s => s.Count())),
            },
        }, ApiJson.Options);
    }

    private static async Task<IResult> Claim(HttpRequest request, ISafegroundStore store, CancellationToken cancel)
    {
        ClaimBody body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ClaimBody>(request.Body, new JsonSerializerOptions { PropertyNameCaseInsensitive = true }, cancel)
                ?? throw QueryValues.Bad("body: expected a claim, got null");
        }
        catch (JsonException e)
        {
            throw QueryValues.Bad($"body: not a claim ({e.Path}): {e.Message.Split(" Path:")[0]}");
        }
        var area = body.Area is null ? null : AreaParser.Parse(body.Area);
        var claim = new ReportedOperation(body.Devices, area?.SquareMetres, body.Days, body.People, body.Teams, body.Killed, body.Injured,
            area?.Text.Trim(), area?.Note);
        claim.Validate();
        var recorded = RecordedOperations.Compute(store, cancel);
        var a = ClaimAssessment.Assess(claim, StoredProgramme.Of(store), recorded.Deployments.Count == 0 ? null : recorded);
        return Results.Json(new
        {
            claim = new { devices = claim.Devices, areaM2 = claim.AreaM2, area = claim.AreaDescription, areaNote = claim.AreaNote, days = claim.Days, people = claim.People, teams = claim.Teams, killed = claim.Killed, injured = claim.Injured },
            programme = a.Programme,
            verdict = a.Overall,
            figures = a.Figures.Select(f => new
            {
                id = f.Id,
                label = f.Label,
                value = double.IsFinite(f.Value) ? f.Value : (double?)null,
                unit = f.Unit,
                reference = f.Reference,
                verdict = f.Verdict,
                reason = f.Reason,
                rule = f.Rule,
                recorded = f.Recorded?.Text,
            }),
            notes = a.Notes,
        }, ApiJson.Options);
    }
}
