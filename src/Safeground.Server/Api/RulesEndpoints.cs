using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Server.Access;

namespace Safeground.Server.Api;

/// <summary>
/// /rules: the programme's rules the store runs on, for anyone signed in (a field team may read the thresholds its reports
/// are held to). Read from the store on each request, so rules set with <c>safeground rules set</c> while the server runs apply at once.
/// </summary>
internal static class RulesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/rules", (ISafegroundStore store) => Results.Json(RulesDocument.Of(StoredProgramme.Read(store)), ApiJson.Options))
            .WithTags("Rules").RequireAuthorization(AccessPolicies.Caller)
            .WithSummary("The programme's rules and thresholds the store runs on: version, who set them and when (or the built-in default, never set)")
            .Answers<RulesDocument>().Problems();
    }
}
