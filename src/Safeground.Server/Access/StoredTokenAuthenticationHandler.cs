using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Storage;

namespace Safeground.Server.Access;

/// <summary>
/// A credential that is a secret whose hash is a token in the store (a session or an API token): looked up on every
/// request, so revoking it in the store (sign-out, <c>DELETE /tokens/{id}</c>, a disabled user) takes effect at once.
/// Expired, revoked, unknown and malformed secrets, a token of the other kind, and disabled users fail alike.
/// </summary>
internal abstract class StoredTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : CallerAuthenticationHandler(options, logger, encoder)
{
    protected abstract TokenKind Kind { get; }

    /// <summary>The secret the request carries: absent (no result: another scheme or anonymity decides), or the text given, possibly malformed (null: unreadable).</summary>
    protected abstract bool TryReadSecret(out string? secret);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryReadSecret(out var secret)) return Task.FromResult(AuthenticateResult.NoResult());
        if (secret is null || !TokenSecret.IsWellFormed(secret)) return Task.FromResult(AuthenticateResult.Fail(AccessSchemes.BadCredentials));
        var store = Context.RequestServices.GetRequiredService<ISafegroundStore>();
        var token = store.FindToken(TokenSecret.Hash(secret));
        var now = clock.GetUtcNow();
        if (token is null || token.Kind != Kind || !token.IsValidAt(now)) return Task.FromResult(AuthenticateResult.Fail(AccessSchemes.BadCredentials));
        var user = store.FindUser(token.Username)?.User;
        if (user is null || user.Disabled) return Task.FromResult(AuthenticateResult.Fail(AccessSchemes.BadCredentials));
        MarkUsed(store, token, now);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(CallerClaims.Of(user, Scheme.Name, token.Hash), Scheme.Name)));
    }

    // "Last used" in the owner's token list, written at most every few minutes per token so that reads stay reads.
    // Not being able to write it (a store busy with a long write) must not refuse the request it is about.
    private static void MarkUsed(ISafegroundStore store, AccessToken token, DateTimeOffset now)
    {
        if (!UserAccounts.ShouldMarkUsed(token, now)) return;
        try
        {
            using var tx = store.BeginWrite();
            tx.MarkTokenUsed(token.Hash, now);
            tx.Commit();
        }
        catch (SafegroundException e) when (e.Kind == ErrorKind.Storage)
        {
            // Recorded on a later request.
        }
    }
}
