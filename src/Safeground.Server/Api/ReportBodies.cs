using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Safeground.Core.Reports;
using Safeground.Core.Text;

namespace Safeground.Server.Api;

/// <summary>Request bodies read by hand, so that malformed JSON is a 400 saying where and what, in the CLI's words.</summary>
internal static class ReportBodies
{
    public static async Task<Report> ReadReport(HttpRequest request, CancellationToken cancel)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<Report>(request.Body, ReportJson.Options, cancel)
                ?? throw QueryValues.Bad(Texts.Render("api.body.null", ("what", Texts.Render("api.what.report"))));
        }
        catch (Exception e) when (ReportJsonError.IsReadError(e))
        {
            throw QueryValues.Bad(Describe("api.what.safeground-report", e));
        }
    }

    /// <summary>The decision in the body; who decides is the signed-in user (a <c>by</c> in the body, when given, must name them).</summary>
    public static async Task<Decision> ReadDecision(HttpRequest request, string username, CancellationToken cancel)
    {
        Decision? d;
        try
        {
            d = await JsonSerializer.DeserializeAsync<Decision>(request.Body, Options, cancel);
        }
        catch (JsonException e)
        {
            throw QueryValues.Bad(Describe("api.what.decision", e));
        }
        if (d is null) throw QueryValues.Bad(Texts.Render("api.body.null", ("what", Texts.Render("api.what.decision-reason"))));
        if (!string.IsNullOrWhiteSpace(d.By) && d.By != username)
            throw Core.SafegroundException.Invalid(Texts.Render("api.decision.not-you", ("by", d.By), ("user", username)));
        return d with { By = username };
    }

    /// <summary>A JSON body in the report JSON's conventions (a sync batch); malformed JSON is a 400 saying where.</summary>
    /// <param name="whatId">The text id of what the body should be (<c>api.what.*</c>: "a batch of reports (…)").</param>
    public static async Task<T> Read<T>(HttpRequest request, string whatId, CancellationToken cancel) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, ReportJson.Options, cancel)
                ?? throw QueryValues.Bad(Texts.Render("api.body.null", ("what", Texts.Render(whatId))));
        }
        catch (Exception e) when (ReportJsonError.IsReadError(e))
        {
            throw QueryValues.Bad(Describe(whatId, e));
        }
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Why the body is not <paramref name="whatId"/> (a text id), and on which line when the reader knows.</summary>
    private static string Describe(string whatId, Exception e)
    {
        var reason = ReportJsonError.Describe(e, out var line);
        var what = Texts.Render(whatId);
        return line is { } l
            ? Texts.Render("api.body.not-at", ("line", l), ("what", what), ("reason", reason))
            : Texts.Render("api.body.not", ("what", what), ("reason", reason));
    }
}
