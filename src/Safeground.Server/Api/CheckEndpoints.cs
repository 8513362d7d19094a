using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Checks;
using Safeground.Core.Plausibility;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Contracts;
using Safeground.Server.Access;
using Safeground.Core.Text;

namespace Safeground.Server.Api;

/// <summary>/checks: the data-quality findings of <c>safeground check --json</c>, and the plausibility of a claim (<c>check claim</c>).</summary>
internal static class CheckEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/checks").WithTags("Checks").RequireAuthorization(AccessPolicies.Caller);
        g.MapGet("", Check).WithSummary("Data-quality and plausibility findings over the store (minSeverity: info, warning, error; rule: only these rules, repeated or comma-separated ids of safeground check)")
            .Answers<CheckView>().Problems(StatusCodes.Status400BadRequest);
        g.MapPost("/claim", Claim).WithSummary("Is a reported total believable? Figure by figure, against the programme's thresholds and the recorded deployments")
            .Accepts<ClaimBody>("application/json")
            .Answers<ClaimView>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Check(ISafegroundStore store, TimeProvider clock, string? minSeverity, string[]? rule, CancellationToken cancel)
    {
        var min = QueryValues.Word<Severity>("minSeverity", minSeverity) ?? Severity.Info;
        var version = StoredProgramme.Read(store);
        var programme = version.Rules;
        var selection = RuleSelection.Of((rule ?? []).SelectMany(r => r.Split(',')), programme, out var unknown);
        // A misspelt rule would otherwise check nothing and answer "no findings".
        if (unknown.Count > 0)
            throw QueryValues.Bad(Texts.Render("api.check.rule-unknown", ("name", "rule"), ("rules", string.Join(", ", unknown)),
                ("known", string.Join(", ", RuleSelection.Known(programme)))));
        var findings = new StoreCheck(programme, clock, selection).Run(store, cancel).Where(f => f.Severity >= min).ToList();
        var tally = new FindingTally();
        foreach (var f in findings) tally.Add(f);
        return Results.Json(new CheckView(null, programme.Name, Texts.Render("api.check.rules", ("rules", version.Describe())), clock.GetUtcNow(), min,
            findings.Select(FindingView.From).ToList(), tally.ToView()), ApiJson.Options);
    }

    private static async Task<IResult> Claim(HttpRequest request, ISafegroundStore store, CancellationToken cancel)
    {
        ClaimBody body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ClaimBody>(request.Body, new JsonSerializerOptions { PropertyNameCaseInsensitive = true }, cancel)
                ?? throw QueryValues.Bad(Texts.Render("api.body.null", ("what", Texts.Render("api.what.claim"))));
        }
        catch (JsonException e)
        {
            throw QueryValues.Bad(Texts.Render("api.body.not-claim", ("path", e.Path), ("reason", e.Message.Split(" Path:")[0])));
        }
        var area = body.Area is null ? null : AreaParser.Parse(body.Area);
        var claim = new ReportedOperation(body.Devices, area?.SquareMetres, body.Days, body.People, body.Teams, body.Killed, body.Injured,
            area?.Text.Trim(), area?.Note);
        claim.Validate();
        var recorded = RecordedOperations.Compute(store, cancel);
        var a = ClaimAssessment.Assess(claim, StoredProgramme.Of(store), recorded.Deployments.Count == 0 ? null : recorded);
        return Results.Json(ClaimView.From(a), ApiJson.Options);
    }
}
