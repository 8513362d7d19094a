using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Safeground.Core.Text;

namespace Safeground.Server.Tests;

/// <summary>
/// The API answers in the caller's language (Accept-Language): problem details, rule and check messages, claim
/// verdicts with their figures written the language's way. Data stays data: JSON numbers, ids and codes are the same
/// whatever the caller speaks.
/// </summary>
public class LanguageTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Theory]
    [InlineData("uk-UA,uk;q=0.9,en;q=0.5", "uk")]
    [InlineData("ar", "ar")]
    [InlineData("fr-FR", "fr")]
    [InlineData("pt-AO", "pt")]
    [InlineData("bs", "bs")]
    public async Task A_problem_is_told_in_the_callers_language(string acceptLanguage, string language)
    {
        var (status, body, contentLanguage) = await Send(HttpMethod.Get, "/api/v1/hazards/HA-NOPE", acceptLanguage);
        Assert.Equal(HttpStatusCode.NotFound, status);
        var detail = body.GetProperty("detail").GetString()!;
        var english = await Send(HttpMethod.Get, "/api/v1/hazards/HA-NOPE", "en");
        Assert.NotEqual(english.Body.GetProperty("detail").GetString(), detail);
        Assert.Contains("HA-NOPE", detail, StringComparison.Ordinal);
        Assert.StartsWith(language, contentLanguage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_safeground_does_not_speak_gets_english()
    {
        var (_, body, contentLanguage) = await Send(HttpMethod.Get, "/api/v1/hazards/HA-NOPE", "de-DE,de;q=0.9");
        var (_, english, _) = await Send(HttpMethod.Get, "/api/v1/hazards/HA-NOPE", null);
        Assert.Equal(english.GetProperty("detail").GetString(), body.GetProperty("detail").GetString());
        Assert.Equal("en", contentLanguage);
    }

    [Fact]
    public async Task In_the_pseudo_language_every_sentence_of_a_problem_is_a_text()
    {
        // Not found, not signed in, a failed sign-in, refused by role: each problem's title and detail are texts.
        var answers = new List<(string What, JsonElement Body)>
        {
            ("404", (await Send(HttpMethod.Get, "/api/v1/hazards/HA-NOPE", "qps")).Body),
            ("401", (await Send(HttpMethod.Get, "/api/v1/hazards", "qps", client: server.Anonymous)).Body),
            ("401 sign-in", (await Send(HttpMethod.Post, "/api/v1/session", "qps", """{ "username": "viewer", "password": "wrong" }""", server.Anonymous)).Body),
            ("403", (await Send(HttpMethod.Post, "/api/v1/reports/R-NOPE/approve", "qps", """{ "by": "viewer" }""", server.ClientFor("viewer"))).Body),
        };
        foreach (var (what, body) in answers)
            foreach (var field in new[] { "title", "detail" })
            {
                var text = body.GetProperty(field).GetString()!;
                Assert.True(text.StartsWith(PseudoText.Open) && text.EndsWith(PseudoText.Close), $"{what} {field}: {text}");
            }
    }

    [Fact]
    public async Task A_claims_figures_are_written_the_callers_way_and_its_data_is_not()
    {
        const string claim = """{ "devices": 20000, "area": "150 ha", "days": 60, "people": 200 }""";
        var (_, english, _) = await Send(HttpMethod.Post, "/api/v1/checks/claim", "en", claim);
        var (_, french, _) = await Send(HttpMethod.Post, "/api/v1/checks/claim", "fr", claim);
        // The same numbers and codes: the JSON is data.
        Assert.Equal(Numbers(english), Numbers(french));
        Assert.Equal(english.GetProperty("verdict").GetString(), french.GetProperty("verdict").GetString());
        // The sentences differ, and write 1,500,000 the French way.
        string Reasons(JsonElement b) => string.Join('\n', b.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("reason").GetString()));
        Assert.NotEqual(Reasons(english), Reasons(french));
        var group = CultureInfo.GetCultureInfo("fr").NumberFormat.NumberGroupSeparator;
        Assert.Contains($"1{group}500{group}000", string.Join('\n', french.GetProperty("figures").EnumerateArray().Select(f => f.GetRawText()))
            .Replace("\\u202F", "\u202F", StringComparison.Ordinal).Replace("\\u00A0", "\u00A0", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string Numbers(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => string.Join(',', e.EnumerateObject().Select(p => Numbers(p.Value))),
        JsonValueKind.Array => string.Join(',', e.EnumerateArray().Select(Numbers)),
        JsonValueKind.Number => e.GetRawText(),
        _ => "",
    };

    private async Task<(HttpStatusCode Status, JsonElement Body, string ContentLanguage)> Send(HttpMethod method, string path, string? acceptLanguage, string? json = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await (client ?? server.Client).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), string.Join(',', response.Content.Headers.ContentLanguage));
    }
}
