using Safeground.Core.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Storage;
using Safeground.Server.Api;
using Safeground.Contracts;

namespace Safeground.Server.Access;

/// <summary>
/// A user's sessions and API tokens, listed (never their secrets) and revoked one at a time: by their owner, or an
/// admin of the owner's organisation (of the authority: anyone's). Tokens out of the caller's reach are 404 like
/// unknown ones, so ids and usernames do not leak. Revocations are audited by <see cref="AuditMiddleware"/> with the token's id.
/// </summary>
internal static class TokenEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Access");
        g.MapGet("/users/{name}/tokens", List)
            .WithSummary("The sessions and API tokens of a user, newest first: id, kind, name, where it came from, created, expires, last used, revoked (no secrets). Your own, or as an admin those of your organisation's users")
            .RequireAuthorization(AccessPolicies.Caller)
            .Answers<IReadOnlyList<TokenView>>().Problems(StatusCodes.Status404NotFound);
        g.MapDelete("/tokens/{id}", Revoke)
            .WithSummary("Revoke one session or API token by its id (from the list); 204, also when it was already revoked")
            .RequireAuthorization(AccessPolicies.Caller)
            .Produces(StatusCodes.Status204NoContent).Problems(StatusCodes.Status404NotFound);
    }

    private static IResult List(HttpContext context, ISafegroundStore store, TimeProvider clock, string name)
    {
        var caller = Caller.Of(context);
        var owner = store.FindUser(name)?.User;
        if (owner is null || !AccessPolicy.CanManageTokensOf(caller, owner)) throw NotFound("word.account.user", name);
        var now = clock.GetUtcNow();
        return Results.Json(UserAccounts.TokensOf(store, owner.Username).Select(t => View(t, now)).ToList(), ApiJson.Options);
    }

    private static IResult Revoke(HttpContext context, ISafegroundStore store, string id)
    {
        var caller = Caller.Of(context);
        var token = AccessToken.IsWellFormedId(id) ? store.FindTokenById(id) : null;
        var owner = token is null ? null : store.FindUser(token.Username)?.User;
        if (owner is null || !AccessPolicy.CanManageTokensOf(caller, owner)) throw NotFound("word.account.token", id);
        UserAccounts.RevokeToken(store, token!.Id);
        return Results.NoContent();
    }

    private static SafegroundException NotFound(string what, string name) =>
        SafegroundException.NotFound(Texts.Render("api.access.not-yours", ("what", what), ("name", name.Length <= 64 ? name : name[..64] + "…")));

    /// <summary>A token as its owner sees it: what identifies it, never its secret or hash.</summary>
    internal static TokenView View(AccessToken t, DateTimeOffset now) => TokenView.From(t, now);
}
