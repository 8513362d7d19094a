using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Safeground.Server.Api;

/// <summary>
/// What a route answers, declared for the OpenAPI document: its contract (a Safeground.Contracts record) and the problem
/// details it may answer instead. The document's schemas come from these declarations, and the snapshot test compares them.
/// </summary>
internal static class AnswerDeclarations
{
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder route, int status = StatusCodes.Status200OK) =>
        route.Produces<T>(status, "application/json");

    /// <summary>The problem details the route may answer with, besides 401 (no credentials), which every route may.</summary>
    public static RouteHandlerBuilder Problems(this RouteHandlerBuilder route, params int[] statuses)
    {
        ArgumentNullException.ThrowIfNull(route);
        foreach (var status in statuses.Prepend(StatusCodes.Status401Unauthorized).Distinct()) route.ProducesProblem(status);
        return route;
    }
}
