using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NetTopologySuite.Geometries;

namespace Safeground.Cli.Tests;

/// <summary>
/// A bounded soak: <c>safeground serve</c> under mixed load (clients reading and submitting reports) while the command
/// line writes to the same store (<c>user add</c>, <c>import</c>, <c>report approve</c>, <c>backup</c>) and reads it
/// (<c>status</c>). Everything the server answered 2xx and everything a command said it did must be in the store afterwards.
/// </summary>
/// <remarks>
/// Bounded by rounds and seconds, not by luck: each round is a few seconds of load with one pass of every command beside it.
/// Before the fix of issue 13 (the server closed a plain file descriptor of the live GeoPackage, which on Linux drops
/// every POSIX lock the process holds on it), a run of this kind found "database disk image is malformed" in about one in
/// three runs.
/// </remarks>
internal sealed class ConcurrencySoak(TempDir dir, string store, Func<string, bool> isUserListed)
{
    private const int Readers = 12;
    private const int Writers = 8;

    private readonly ConcurrentBag<string> _acknowledged = new();
    private readonly ConcurrentBag<string> _approvedByServer = new();
    private readonly ConcurrentBag<string> _failures = new();
    private readonly List<string> _approvedByCli = [];
    private readonly List<string> _usersAdded = [];
    private readonly List<string> _backups = [];
    private long _findsImported;
    private long _requests;

    public IReadOnlyCollection<string> Acknowledged => _acknowledged;
    public IReadOnlyCollection<string> ApprovedByServer => _approvedByServer;
    public IReadOnlyList<string> ApprovedByCli => _approvedByCli;
    public IReadOnlyList<string> UsersAdded => _usersAdded;
    public IReadOnlyList<string> Backups => _backups;
    public IReadOnlyCollection<string> Failures => _failures;
    public long FindsImported => _findsImported;
    public long FindsBefore { get; set; }
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Runs <paramref name="rounds"/> rounds of load with the commands beside it, against a server already serving the store.</summary>
    public async Task Run(string address, IReadOnlyList<(string Hazard, Polygon Area)> work, string reporterToken, string managerToken, int rounds, TimeSpan roundLength)
    {
        using var reporter = Client(address, reporterToken);
        using var manager = Client(address, managerToken);
        for (int round = 0; round < rounds; round++)
        {
            using var stop = new CancellationTokenSource();
            var load = new List<Task>();
            for (int i = 0; i < Readers; i++) load.Add(Read(manager, i, stop.Token));
            for (int i = 0; i < Writers; i++) load.Add(Write(reporter, manager, work, round, i, stop.Token));
            var started = DateTime.UtcNow;
            await Task.Run(() => Commands(round), CancellationToken.None);
            var rest = roundLength - (DateTime.UtcNow - started);
            if (rest > TimeSpan.Zero) await Task.Delay(rest, CancellationToken.None);
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }
    }

    private static HttpClient Client(string address, string token)
    {
        var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(100) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static readonly string[] ReadPaths =
    [
        "/api/v1/hazards?limit=50", "/ogc/collections/hazards/items?limit=100", "/api/v1/reports?status=submitted&limit=50",
        "/api/v1/rollups", "/tiles/hazards/9/308/172.mvt", "/ogc/collections/finds/items?limit=200", "/api/v1/reports?limit=20",
    ];

    private async Task Read(HttpClient http, int client, CancellationToken stop)
    {
        for (int n = client; !stop.IsCancellationRequested; n++)
        {
            var path = ReadPaths[n % ReadPaths.Length];
            try
            {
                using var r = await http.GetAsync(new Uri(path, UriKind.Relative), CancellationToken.None);
                Interlocked.Increment(ref _requests);
                var body = await r.Content.ReadAsByteArrayAsync(CancellationToken.None);
                if ((int)r.StatusCode >= 500 || (r.StatusCode != HttpStatusCode.OK && r.StatusCode != HttpStatusCode.NoContent))
                    _failures.Add($"GET {path}: {(int)r.StatusCode} {Encoding.UTF8.GetString(body)}");
            }
            catch (HttpRequestException e)
            {
                _failures.Add($"GET {path}: {e.Message}");
            }
        }
    }

    private async Task Write(HttpClient reporter, HttpClient manager, IReadOnlyList<(string Hazard, Polygon Area)> work, int round, int client, CancellationToken stop)
    {
        for (int n = 0; !stop.IsCancellationRequested; n++)
        {
            var (hazard, area) = work[(client * 7 + n) % work.Count];
            var id = string.Create(CultureInfo.InvariantCulture, $"SOAK-{round}-{client}-{n}");
            var body = $$"""
                { "id": "{{id}}", "hazardId": "{{hazard}}", "organisationId": "{{Organisation}}", "dateOfInformation": "{{DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}}",
                  "submittedBy": "reporter", "submittedAt": "{{DateTimeOffset.UtcNow:O}}",
                  "body": { "kind": "clearance-progress", "areaWorked": "{{area.AsText()}}", "deminerDays": 1, "finds": [] } }
                """;
            try
            {
                using var submit = await reporter.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"), CancellationToken.None);
                Interlocked.Increment(ref _requests);
                var answer = await submit.Content.ReadAsStringAsync(CancellationToken.None);
                if (submit.StatusCode != HttpStatusCode.Created)
                {
                    _failures.Add($"POST {id}: {(int)submit.StatusCode} {answer}");
                    continue;
                }
                _acknowledged.Add(id);
                if (n % 4 != 1) continue; // a quarter are approved at once by the server, some by the command line
                using var approve = await manager.PostAsync(new Uri($"/api/v1/reports/{id}/approve", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"), CancellationToken.None);
                Interlocked.Increment(ref _requests);
                if (approve.StatusCode == HttpStatusCode.OK) _approvedByServer.Add(id);
                else _failures.Add($"approve {id}: {(int)approve.StatusCode} {await approve.Content.ReadAsStringAsync(CancellationToken.None)}");
            }
            catch (HttpRequestException e)
            {
                _failures.Add($"POST {id}: {e.Message}");
            }
        }
    }

    /// <summary>The organisation of the hazards the writers report on.</summary>
    public required string Organisation { get; init; }

    // One pass of every command beside the load: each must succeed (a busy store may make them wait, never fail or trample).
    private void Commands(int round)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            CommandsOnce(round);
        }
        finally
        {
            Timings.Enqueue($"round {round}: commands {clock.Elapsed.TotalSeconds:0.0} s");
        }
    }

    private void CommandsOnce(int round)
    {
        var user = string.Create(CultureInfo.InvariantCulture, $"soak{round}");
        Expect(CliRun.RunWithInput(dir.Path, "a long enough password 123\n", "user", "add", user, "--role", "viewer", "--password-stdin", "--store", store), "user add");
        _usersAdded.Add(user);

        var finds = dir.File($"finds-{round}.geojson");
        WriteFinds(finds, 3_000, round);
        var import = CliRun.Run(dir.Path, "import", finds, "--store", store, "--as", "finds", "--default-category", "uxo", "--json");
        Expect(import, "import");
        if (import.ExitCode == 0)
            using (var summary = System.Text.Json.JsonDocument.Parse(import.Stdout))
            _findsImported += summary.RootElement.GetProperty("imported").GetInt64();

        var pending = _acknowledged.Except(_approvedByServer).Except(_approvedByCli).Order(StringComparer.Ordinal).FirstOrDefault();
        if (pending is not null)
        {
            Expect(CliRun.Run(dir.Path, "report", "approve", pending, "--by", "manager", "--store", store), "report approve");
            _approvedByCli.Add(pending);
        }

        var backup = dir.File($"backup-{round}" + (store.StartsWith("postgres", StringComparison.Ordinal) ? ".backup" : ".gpkg"));
        Expect(CliRun.Run(dir.Path, "backup", backup, "--store", store), "backup");
        _backups.Add(backup);

        var status = CliRun.Run(dir.Path, "status", "--store", store, "--json");
        Expect(status, "status");
        if (status.ExitCode == 0)
            using (var doc = System.Text.Json.JsonDocument.Parse(status.Stdout))
        {
            var total = doc.RootElement.GetProperty("total");
            double original = total.GetProperty("originalM2").GetDouble(), remaining = total.GetProperty("remainingM2").GetDouble();
            if (!(original > 0 && remaining >= 0 && remaining <= original)) _failures.Add($"status read nonsense: {total}");
        }
        if (!isUserListed(user)) _failures.Add($"user {user} added but not listed");
    }

    /// <summary>How long each command took, for the failure message: a writer that waits shows here.</summary>
    public ConcurrentQueue<string> Timings { get; } = new();

    private void Expect(CliResult r, string what)
    {
        if (r.ExitCode != 0) _failures.Add($"{what}: {r}");
    }

    private static void WriteFinds(string path, int n, int seed)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        var rng = new Random(seed);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) w.Write(",\n");
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"{{\"type\":\"Feature\",\"properties\":{{\"category\":\"uxo\",\"model\":\"VOG-17\",\"depth_cm\":{rng.Next(0, 30)}}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{36 + rng.NextDouble() * 2:0.000000},{49 + rng.NextDouble():0.000000}]}}}}"));
        }
        w.Write("\n]}\n");
    }
}
