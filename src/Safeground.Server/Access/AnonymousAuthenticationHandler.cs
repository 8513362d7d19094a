using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Safeground.Server.Access;

/// <summary>
/// A request without credentials. Where the server allows anonymous reading (<see cref="ServerOptions.AllowAnonymous"/>)
/// it is <see cref="Core.Access.User.Anonymous"/>, a viewer of approved data whom the policies then refuse writes with 403;
/// otherwise nobody, and every endpoint but the open ones challenges it (401).
/// </summary>
internal sealed class AnonymousAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ServerOptions server)
    : CallerAuthenticationHandler(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!server.AllowAnonymous) return Task.FromResult(AuthenticateResult.NoResult());
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, Core.Access.User.Anonymous.Username)], AccessSchemes.Anonymous));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }
}
