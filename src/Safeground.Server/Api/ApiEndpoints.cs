using Microsoft.AspNetCore.Routing;

namespace Safeground.Server.Api;

/// <summary>The REST API under /api/v1: reports and their lifecycle, hazards, finds, accidents, reference data, roll-ups, checks.</summary>
public static class ApiEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
