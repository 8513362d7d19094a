using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Safeground.Core.Access;

namespace Safeground.Server.Access;

/// <summary>
/// An API token as <c>Authorization: Bearer &lt;token&gt;</c> (scripts, the CLI's sync, field kits). Any other
/// <c>Authorization</c> header (Basic, two headers, no secret) fails like a bad token: the header says the caller meant to sign in.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : StoredTokenAuthenticationHandler(options, logger, encoder, clock)
{
    protected override TokenKind Kind => TokenKind.Api;

    protected override bool TryReadSecret(out string? secret)
    {
        secret = null;
        var header = Request.Headers.Authorization;
        if (header.Count == 0) return false;
        var value = header.ToString();
        if (header.Count == 1 && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) secret = value["Bearer ".Length..].Trim();
        return true;
    }
}
