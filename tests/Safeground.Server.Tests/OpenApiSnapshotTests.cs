using System.Text.Json.Nodes;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// The REST API's OpenAPI document, generated from the endpoints' declared contracts, is kept as a snapshot
/// (Snapshots/openapi-api.json): a change of an answer's shape shows up as a change of this file in review.
/// </summary>
public sealed class OpenApiSnapshotTests : IAsyncLifetime
{
    public const string SnapshotPath = "tests/Safeground.Server.Tests/Snapshots/openapi-api.json";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sg-openapi-{Guid.NewGuid():N}");
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private HttpClient _client = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "empty.gpkg");
        GeoPackageStore.Open(path).Dispose();
        _app = SafegroundServer.Build(new ServerOptions(() => GeoPackageStore.OpenPooled(path), path, Port: 0));
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = SafegroundServer.Address(_app) };
    }

    /// <summary>The document as the server serves it.</summary>
    public async Task<JsonNode> Document() =>
        JsonNode.Parse(await _client.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)))!;

    [Fact]
    public async Task Snapshot_the_openapi_document_is_the_committed_one()
    {
        var doc = await Document();
        doc.AsObject().Remove("servers"); // the test server's port, new on every run
        Snapshot.MatchJson(SnapshotPath, doc);
    }

    [Fact]
    public async Task Every_api_route_declares_its_answer_with_a_schema_and_its_problems()
    {
        var doc = await Document();
        var missing = new List<string>();
        // The REST API's routes; the OGC API (/ogc) has its own document, and tiles are binary.
        foreach (var (path, item) in doc["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = operation!["responses"]?.AsObject();
                var ok = responses?.Where(r => r.Key.StartsWith('2')).ToList() ?? [];
                if (ok.Count == 0) missing.Add($"{method} {path}: no success answer declared");
                foreach (var (status, response) in ok)
                {
                    if (status == "204") continue;
                    // A product is a file (PDF, workbook), declared by its media type.
                    var content = response?["content"]?.AsObject();
                    bool file = path.StartsWith("/api/v1/products/", StringComparison.Ordinal) && content?.Any(c => c.Key is "application/pdf" or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") == true;
                    if (!file && response?["content"]?["application/json"]?["schema"] is null) missing.Add($"{method} {path} {status}: no JSON schema");
                }
                if (responses?.Any(r => r.Value?["content"]?["application/problem+json"] is not null) != true)
                    missing.Add($"{method} {path}: no problem details declared");
            }
        }
        Assert.True(missing.Count == 0, "routes without declared answers (add .Answers<T>() and .Problems(...)):\n" + string.Join("\n", missing));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
