using System.Net;
using System.Text;
using System.Text.Json;

namespace Safeground.Server.Tests;

/// <summary>Small helpers for calling the API over HTTP and reading its JSON.</summary>
internal static class Api
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await Read(response));
    }

    public static async Task<JsonElement> GetOk(HttpClient client, string path)
    {
        var (status, body) = await Get(client, path);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {status} {body}");
        return body;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> Post(HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await Read(response));
    }

    /// <summary>Every item of a list, following its next links; asserts the total stays the same on every page.</summary>
    public static async Task<List<JsonElement>> All(HttpClient client, string path)
    {
        var items = new List<JsonElement>();
        string? next = path;
        long? total = null;
        while (next is not null)
        {
            var page = await GetOk(client, next);
            total ??= page.GetProperty("total").GetInt64();
            Assert.Equal(total, page.GetProperty("total").GetInt64());
            items.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.TryGetProperty("next", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        }
        Assert.Equal(total, items.Count);
        return items;
    }

    private static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
