using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Safeground.Bench;

/// <summary>
/// Fetches a fixed list of tiles (lines "layer z x y") from a tile server with N workers over keep-alive
/// connections, each tile once, and prints tiles/s, bytes and latency percentiles as JSON. Answers
/// other than 200 and 204 (an empty tile) are counted as errors.
/// </summary>
public static class TileClient
{
    public static int Run(string urlTemplate, string listFile, int workers, string? token)
    {
        var tiles = File.ReadAllLines(listFile).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToArray();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { Timeout = TimeSpan.FromMinutes(2) };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var latencies = new double[tiles.Length];
        long bytes = 0, errors = 0, empty = 0;
        int next = -1;
        var total = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < tiles.Length)
            {
                var t = tiles[i];
                var url = urlTemplate.Replace("{layer}", t[0], StringComparison.Ordinal).Replace("{z}", t[1], StringComparison.Ordinal)
                    .Replace("{x}", t[2], StringComparison.Ordinal).Replace("{y}", t[3], StringComparison.Ordinal);
                var sw = Stopwatch.StartNew();
                using var response = await http.GetAsync(new Uri(url));
                var body = await response.Content.ReadAsByteArrayAsync();
                latencies[i] = sw.Elapsed.TotalMilliseconds;
                Interlocked.Add(ref bytes, body.Length);
                if (response.StatusCode == HttpStatusCode.NoContent || body.Length == 0) Interlocked.Increment(ref empty);
                else if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref errors);
            }
        })).ToArray();
        Task.WaitAll(tasks);
        double seconds = total.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        double P(double q) => latencies.Length == 0 ? 0 : latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))];
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            tiles = tiles.Length,
            workers,
            seconds = Math.Round(seconds, 3),
            tiles_per_s = Math.Round(tiles.Length / seconds, 1),
            bytes,
            empty,
            errors,
            p50_ms = Math.Round(P(0.50), 2),
            p99_ms = Math.Round(P(0.99), 2),
        }));
        return errors == 0 ? 0 : 1;
    }

    public static int FromArgs(string[] args) =>
        Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), args.Length > 4 ? args[4] : null);
}
