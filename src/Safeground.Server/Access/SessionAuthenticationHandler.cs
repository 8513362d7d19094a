using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Safeground.Core.Access;

namespace Safeground.Server.Access;

/// <summary>
/// The web app's session: the <see cref="AccessSchemes.CookieName"/> cookie set by <c>POST /api/v1/session</c>. Its secret
/// is a stored session token (not a self-contained ticket), so sign-out and an admin's revocation end it on the server.
/// </summary>
internal sealed class SessionAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : StoredTokenAuthenticationHandler(options, logger, encoder, clock)
{
    protected override TokenKind Kind => TokenKind.Session;

    protected override bool TryReadSecret(out string? secret) => Request.Cookies.TryGetValue(AccessSchemes.CookieName, out secret);
}
