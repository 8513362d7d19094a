using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Safeground.Core;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Core.Sync;

namespace Safeground.Cli.Sync;

/// <summary>
/// The national side as a Safeground server: <c>/api/v1/sync</c> over HTTP with an API token. The server's answers
/// (ProblemDetails) become <see cref="SafegroundException"/>s with its sentence, so the CLI says what the server said.
/// </summary>
public sealed class HttpSyncPeer : ISyncPeer, IDisposable
{
    private readonly HttpClient _http;

    public HttpSyncPeer(string url, string token, HttpMessageHandler? handler = null)
    {
        if (!Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var root) || (root.Scheme != Uri.UriSchemeHttp && root.Scheme != Uri.UriSchemeHttps))
            throw SafegroundException.Invalid(Texts.Render("cli.error.sync.not-http", ("url", url)));
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.BaseAddress = root;
        _http.Timeout = TimeSpan.FromMinutes(10); // a national manifest is read while the server walks 400,000 reports
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Location = root.ToString().TrimEnd('/');
    }

    public string Location { get; }

    public IEnumerable<ManifestEntry> Manifest(SyncArea area, CancellationToken cancel)
    {
        using var response = Post("api/v1/sync/manifest", area, cancel, HttpCompletionOption.ResponseHeadersRead);
        using var body = response.Content.ReadAsStream(cancel);
        // Read as it arrives: only the entries are kept, not the response.
        foreach (var e in JsonSerializer.DeserializeAsyncEnumerable<ManifestEntry>(body, ReportJson.Options, cancel).ToBlockingEnumerable(cancel))
            yield return e ?? throw SafegroundException.Invalid(Texts.Render("cli.error.sync.empty-entry", ("server", Location)));
    }

    public IReadOnlyList<SyncedReport> Fetch(IReadOnlyList<string> ids, CancellationToken cancel)
    {
        using var response = Post("api/v1/sync/fetch", new FetchRequest(ids), cancel);
        return Read<List<SyncedReport>>(response, "fetch", cancel);
    }

    public IReadOnlyList<SubmissionOutcome> Push(IReadOnlyList<Report> reports, CancellationToken cancel)
    {
        using var response = Post("api/v1/sync/push", new PushRequest(reports), cancel);
        return Read<List<SubmissionOutcome>>(response, "push", cancel);
    }

    public void Dispose() => _http.Dispose();

    private HttpResponseMessage Post<T>(string path, T body, CancellationToken cancel, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: ReportJson.Options) };
        HttpResponseMessage response;
        try
        {
            response = _http.Send(request, completion, cancel);
        }
        catch (HttpRequestException e)
        {
            throw new SafegroundException(ErrorKind.Storage, Texts.Render("cli.error.sync.unreachable", ("server", Location), ("message", e.Message)), e);
        }
        catch (TaskCanceledException e) when (!cancel.IsCancellationRequested)
        {
            throw new SafegroundException(ErrorKind.Storage, Texts.Render("cli.error.sync.timeout", ("server", Location)), e);
        }
        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            var detail = Detail(response, cancel);
            var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
            throw response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => SafegroundException.Invalid(Texts.Render("cli.error.sync.unauthorized", ("server", Location), ("status", status), ("detail", detail))),
                HttpStatusCode.NotFound => SafegroundException.NotFound(Texts.Render("cli.error.sync.not-found", ("server", Location), ("status", status), ("detail", detail))),
                HttpStatusCode.Conflict => SafegroundException.Conflict(Texts.Render("cli.error.sync.refused", ("server", Location), ("status", status), ("detail", detail))),
                _ => SafegroundException.Invalid(Texts.Render("cli.error.sync.refused", ("server", Location), ("status", status), ("detail", detail))),
            };
        }
    }

    private T Read<T>(HttpResponseMessage response, string what, CancellationToken cancel) where T : class
    {
        try
        {
            using var body = response.Content.ReadAsStream(cancel);
            return JsonSerializer.Deserialize<T>(body, ReportJson.Options) ?? throw new JsonException("empty");
        }
        catch (JsonException e)
        {
            throw SafegroundException.Invalid(Texts.Render("cli.error.sync.unexpected-answer", ("server", Location), ("what", what), ("message", e.Message)));
        }
    }

    // ProblemDetails' detail, or the start of whatever the server sent.
    private static string Detail(HttpResponseMessage response, CancellationToken cancel)
    {
        var text = response.Content.ReadAsStringAsync(cancel).GetAwaiter().GetResult();
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("detail", out var d) && d.GetString() is { } s) return s;
        }
        catch (JsonException)
        {
            // not JSON: say what came
        }
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
