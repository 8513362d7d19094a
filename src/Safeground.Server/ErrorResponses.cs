using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Safeground.Core;
using Safeground.Core.Text;

namespace Safeground.Server;

/// <summary>
/// Every error leaves as ProblemDetails with the message the CLI would print: a data manager reads
/// the same sentence in both, except that the store is named by its file name, not its path (<see cref="StoreRedaction"/>). Unexpected failures say only that something went wrong (never a stack trace).
/// </summary>
internal sealed class ErrorResponses(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            SafegroundException e => (StatusOf(e.Kind), TitleOf(e.Kind), Neutral(context, e.Message)),
            BadHttpRequestException e => (e.StatusCode, TitleOf(e.StatusCode), Neutral(context, e.Message)),
            _ => (StatusCodes.Status500InternalServerError, Texts.Render("api.title.internal-error"), Texts.Render("api.internal-error")),
        };
        context.Response.StatusCode = status;
        // A store another program holds is a moment's wait, not a failure: clients may retry.
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    // The CLI's sentence, but with the store named as clients may see it (no server paths).
    private static string Neutral(HttpContext context, string message)
    {
        // Not the request's store: opening it may be what failed. Its path is the host's StoreName, made absolute.
        return context.RequestServices.GetService(typeof(ServerOptions)) is ServerOptions options
            ? StoreRedaction.Scrub(message, options.StoreName)
            : message;
    }

    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Busy => StatusCodes.Status503ServiceUnavailable,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => Texts.Render("api.title.unauthorized"),
        StatusCodes.Status403Forbidden => Texts.Render("api.title.forbidden"),
        StatusCodes.Status413PayloadTooLarge => Texts.Render("api.title.payload-too-large"),
        _ => Texts.Render("api.title.bad-request"),
    };

    private static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => Texts.Render("api.title.invalid"),
        ErrorKind.NotFound => Texts.Render("api.title.not-found"),
        ErrorKind.Conflict => Texts.Render("api.title.conflict"),
        ErrorKind.Busy => Texts.Render("api.title.busy"),
        ErrorKind.Forbidden => Texts.Render("api.title.forbidden"),
        _ => Texts.Render("api.title.storage-error"),
    };
}
