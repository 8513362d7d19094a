using Safeground.Core.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Access;
using Safeground.Core.Storage;
using Safeground.Server.Api;
using Safeground.Contracts;

namespace Safeground.Server.Access;

/// <summary>
/// /session (login for the web app: a cookie), /tokens (API tokens for scripts) and /audit (the audit log, admins only, read-only).
/// </summary>
internal static class SessionEndpoints
{
    /// <summary>The rate-limiting policy of sign-in (see <see cref="ServerOptions.SignInsPerMinute"/>).</summary>
    public const string SignInLimit = "sign-in";

    public static string FailedLogin => Texts.Render("api.session.failed-login");
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);

    public sealed record Login(string? Username, string? Password);

    public sealed record TokenRequest(string? Name, int? Days);

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Access");
        g.MapPost("/session", SignIn).WithSummary("Sign in (username, password): sets the session cookie and says who you are; 401 on failure, 429 after too many attempts")
            .Accepts<Login>("application/json").RequireRateLimiting(SignInLimit).AllowAnonymous().DisableAntiforgery()
            .Answers<UserView>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status429TooManyRequests);
        g.MapDelete("/session", SignOut).WithSummary("Sign out: the session is revoked and the cookie removed. API tokens made in the session stay valid "
            + "(scripts use them); they are listed with the session's id as their origin in GET /users/{name}/tokens")
            .RequireAuthorization(AccessPolicies.Caller)
            .Produces(StatusCodes.Status204NoContent).Problems();
        g.MapGet("/session/me", (HttpContext c) => Results.Json(View(Caller.Of(c)), ApiJson.Options)).WithSummary("Who you are")
            .RequireAuthorization(AccessPolicies.Caller)
            .Answers<UserView>().Problems();
        g.MapGet("/session/antiforgery", Antiforgery)
            .WithSummary($"The antiforgery token of your session: a write signed in by the session cookie sends it as {CookieWriteGuard.HeaderName} (API tokens need none)")
            .RequireAuthorization(AccessPolicies.Account)
            .Answers<AntiforgeryAnswer>().Problems(StatusCodes.Status403Forbidden);
        g.MapPost("/tokens", NewToken).WithSummary("A new API token for yourself (name, days ≤ 366); returned once, send it as 'Authorization: Bearer <token>'")
            .Accepts<TokenRequest>("application/json").RequireAuthorization(AccessPolicies.Account)
            .Answers<NewTokenView>(StatusCodes.Status201Created).Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        g.MapGet("/audit", Audit).WithSummary("The audit log, newest first, paged (admins only). Nothing in the API changes it.")
            .RequireAuthorization(AccessPolicies.Admin)
            .Answers<PagedList<AuditEntry>>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> SignIn(HttpContext context, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var login = await Read<Login>(context.Request, Texts.Render("api.what.login"), cancel);
        if (string.IsNullOrEmpty(login.Username)) throw QueryValues.Bad("username: required");
        if (string.IsNullOrEmpty(login.Password)) throw QueryValues.Bad("password: required");
        Caller.AuditAs(context, login.Username.Length <= 100 ? login.Username : login.Username[..100]);
        var stored = store.FindUser(login.Username);
        // The same work whether the user exists or not: a failed login does not tell which.
        bool ok = PasswordHasher.Verify(login.Password, stored?.PasswordHash ?? PasswordHasher.Dummy) && stored is { User.Disabled: false };
        if (!ok) return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: Texts.Render("api.title.unauthorized"), detail: FailedLogin);
        var user = stored!.User;
        var secret = TokenSecret.New();
        var now = clock.GetUtcNow();
        var expires = now + SessionLifetime;
        using (var tx = store.BeginWrite())
        {
            tx.AddToken(new AccessToken(TokenSecret.Hash(secret), TokenKind.Session, user.Username, "web session", now, expires, false,
                "sign-in from " + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown")));
            tx.Commit();
        }
        context.Response.Cookies.Append(AccessSchemes.CookieName, secret, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            Expires = expires,
        });
        return Results.Json(View(user), ApiJson.Options);
    }

    private static IResult SignOut(HttpContext context, ISafegroundStore store)
    {
        if (CallerClaims.BySession(context.User) && context.User.FindFirst(CallerClaims.TokenHash)?.Value is { } hash)
        {
            using var tx = store.BeginWrite();
            tx.RevokeToken(hash);
            tx.Commit();
        }
        context.Response.Cookies.Delete(AccessSchemes.CookieName);
        return Results.NoContent();
    }

    private static async Task<IResult> NewToken(HttpContext context, ISafegroundStore store, TimeProvider clock, CancellationToken cancel)
    {
        var user = Caller.Of(context);
        var request = await Read<TokenRequest>(context.Request, Texts.Render("api.what.token-request"), cancel);
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100) throw QueryValues.Bad(Texts.Render("api.token.name"));
        int days = request.Days ?? 90;
        if (days is < 1 or > UserAccounts.MaxTokenDays) throw QueryValues.Bad(Texts.Render("api.token.days", ("days", days), ("max", UserAccounts.MaxTokenDays)));
        var (secret, token) = UserAccounts.IssueToken(store, user.Username, request.Name, days, clock.GetUtcNow(), origin: OriginOf(context, store));
        Caller.AuditTarget(context, token.Id);
        return Results.Json(new NewTokenView(secret, token.Id, token.Name, token.Expires, user.Username), ApiJson.Options,
            statusCode: StatusCodes.Status201Created);
    }

    // Which credential asked for the token: a token minted by a web session outlives the session (a script needs it after
    // sign-out), so its owner must be able to tell it apart in the token list and revoke it there.
    private static string OriginOf(HttpContext context, ISafegroundStore store)
    {
        var by = context.User.FindFirst(CallerClaims.TokenHash)?.Value is { } hash ? store.FindToken(hash) : null;
        return by is null ? "API" : (by.Kind == TokenKind.Session ? "web session " : "API token ") + by.Id;
    }

    // Bound to the signed-in user (the name identifier claim) and to the antiforgery cookie this sets beside the session's.
    private static IResult Antiforgery(HttpContext context, IAntiforgery antiforgery) =>
        Results.Json(new AntiforgeryAnswer(antiforgery.GetAndStoreTokens(context).RequestToken!, CookieWriteGuard.HeaderName), ApiJson.Options);

    private static IResult Audit(HttpRequest request, ISafegroundStore store, string? limit, string? offset)
    {
        int l = QueryValues.Limit(limit), o = QueryValues.Offset(offset);
        var page = store.AuditLog(o, l);
        return Results.Json(PagedList<AuditEntry>.Of(page, x => x, request, l, o), ApiJson.Options);
    }

    private static UserView View(User u) => UserView.From(u);

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private static async Task<T> Read<T>(HttpRequest request, string what, CancellationToken cancel) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancel) ?? throw QueryValues.Bad(Texts.Render("api.body.null", ("what", what)));
        }
        catch (JsonException e)
        {
            throw QueryValues.Bad(Texts.Render("api.body.not-path", ("what", what), ("path", e.Path), ("reason", e.Message.Split(" Path:")[0])));
        }
    }
}
