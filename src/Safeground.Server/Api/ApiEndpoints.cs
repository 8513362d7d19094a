using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Text;

namespace Safeground.Server.Api;

/// <summary>The REST API under /api/v1: reports and their lifecycle, hazards, finds, accidents, reference data, roll-ups, checks.</summary>
public static class ApiEndpoints
{
    public const string OpenApiPath = "/api/v1/openapi.json";

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        // Access: every endpoint names its policy (AccessPolicies; the fallback refuses one that does not), and applies
        // AccessPolicy to what it serves; only this landing page is open.
        api.MapGet("", () => Results.Json(new
        {
            title = Texts.Render("api.landing.title"),
            links = new[]
            {
                new { rel = "service-desc", href = OpenApiPath, title = Texts.Render("api.landing.openapi") },
                new { rel = "service-doc", href = "/api/v1/reference", title = Texts.Render("api.landing.reference") },
            },
        })).ExcludeFromDescription().AllowAnonymous();
        ReportEndpoints.Map(api);
        ConflictEndpoints.Map(api);
        SyncEndpoints.Map(api);
        ReportImpactEndpoints.Map(api);
        ReportCheckEndpoints.Map(api);
        ReportBatchEndpoints.Map(api);
        HazardEndpoints.Map(api);
        FindEndpoints.Map(api);
        AccidentEndpoints.Map(api);
        ReferenceEndpoints.Map(api);
        RollupEndpoints.Map(api);
        CheckEndpoints.Map(api);
        ProductEndpoints.Map(api);
        RulesEndpoints.Map(api);
        OrdnanceEndpoints.Map(api);
    }
}
