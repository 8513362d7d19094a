using Safeground.Core.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Safeground.Server.Access;

/// <summary>
/// What the server's authentication handlers share: a refusal is ProblemDetails, 401 with <c>WWW-Authenticate: Bearer</c>
/// and one of two sentences (no credentials: how to sign in; bad ones: <see cref="AccessSchemes.BadCredentials"/>, whatever was wrong).
/// </summary>
internal abstract class CallerAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = "Bearer";
        await Refuse(StatusCodes.Status401Unauthorized, Texts.Render("api.title.unauthorized"), result.Failure is null ? AccessSchemes.SignInMessage : AccessSchemes.BadCredentials);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Refuse(StatusCodes.Status403Forbidden, Texts.Render("api.title.forbidden"), Texts.Render("api.access.not-open"));

    private async Task Refuse(int status, string title, string detail)
    {
        Response.StatusCode = status;
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
