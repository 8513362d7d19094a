using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Safeground.Core.Reports;

namespace Safeground.Server.Api;

/// <summary>Request bodies read by hand, so that malformed JSON is a 400 saying where and what, in the CLI's words.</summary>
internal static class ReportBodies
{
    public static async Task<Report> ReadReport(HttpRequest request, CancellationToken cancel)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<Report>(request.Body, ReportJson.Options, cancel)
                ?? throw QueryValues.Bad("body: expected a report, got null");
        }
        catch (Exception e) when (ReportJsonError.IsReadError(e))
        {
            throw QueryValues.Bad(Describe("not a Safeground report", e));
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
            throw QueryValues.Bad(Describe("not a decision ({\"by\": ..., \"reason\": ...})", e));
        }
        if (d is null) throw QueryValues.Bad("body: expected a decision ({\"reason\": ...}), got null");
        if (!string.IsNullOrWhiteSpace(d.By) && d.By != username)
            throw Core.SafegroundException.Invalid($"by: '{d.By}' is not the signed-in user ({username}); leave it out, the decision is recorded under your name");
        return d with { By = username };
    }

    /// <summary>A JSON body in the report JSON's conventions (a sync batch); malformed JSON is a 400 saying where.</summary>
    public static async Task<T> Read<T>(HttpRequest request, string what, CancellationToken cancel) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, ReportJson.Options, cancel)
                ?? throw QueryValues.Bad($"body: expected {what}, got null");
        }
        catch (Exception e) when (ReportJsonError.IsReadError(e))
        {
            throw QueryValues.Bad(Describe($"not {what}", e));
        }
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private static string Describe(string what, Exception e)
    {
        var reason = ReportJsonError.Describe(e, out var line);
        return $"body{(line is { } l ? $" line {l}" : "")}: {what}: {reason}";
    }
}
