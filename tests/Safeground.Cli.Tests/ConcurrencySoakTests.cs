using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Storage.PostGis.Tests;

namespace Safeground.Cli.Tests;

/// <summary>
/// Issue 13's critical finding kept found: command-line writers beside a busy server never damage a store nor lose a
/// write the server acknowledged, on a GeoPackage and on PostGIS (<see cref="ConcurrencySoak"/>).
/// </summary>
[Collection(ReliabilitySuite.Name)]
public sealed class ConcurrencySoakTests
{
    private const int Rounds = 3;
    private static readonly TimeSpan RoundLength = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task Cli_writers_beside_a_busy_server_leave_the_geopackage_whole_with_every_acknowledged_write()
    {
        using var dir = new TempDir();
        var soak = await Soak(dir, dir.File("s.gpkg"));

        // The file first: a damaged store explains every other failure.
        using (var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dir.File("s.gpkg"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            c.Open();
            using var check = new SqliteCommand("PRAGMA integrity_check", c);
            Assert.Equal("ok", check.ExecuteScalar());
        }
        Verify(soak, dir.File("s.gpkg"));
        Assert.False(File.Exists(dir.File("s.gpkg-wal")), "the server's stop leaves the GeoPackage a single file");
        foreach (var backup in soak.Backups)
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            c.Open();
            using var check = new SqliteCommand("PRAGMA integrity_check", c);
            Assert.Equal("ok", check.ExecuteScalar());
        }
    }

    [SkippableFact]
    public async Task Cli_writers_beside_a_busy_server_lose_nothing_on_postgis()
    {
        using var pg = new PostgresForTests();
        using var dir = new TempDir();
        var soak = await Soak(dir, pg.Url);
        Verify(soak, pg.Url);
        Assert.All(soak.Backups, b => Assert.True(new FileInfo(b).Length > 0, b));
    }

    private static async Task<ConcurrencySoak> Soak(TempDir dir, string store)
    {
        var demo = CliRun.Run(dir.Path, "demo", "--store", store, "--no-status");
        Assert.True(demo.ExitCode == 0, demo.ToString());
        List<(string Hazard, Polygon Area)> work;
        string organisation;
        long findsBefore;
        using (var s = StoreOpener.Open(store, create: false))
        {
            var open = s.Hazards().Where(h => h.Status == HazardStatus.Open && h.RemainingM2 > 20_000 && h.Defined is null).ToList();
            organisation = open.GroupBy(h => h.OrganisationId).OrderByDescending(g => g.Count()).First().Key;
            work = open.Where(h => h.OrganisationId == organisation).Take(20).Select(h => (h.HazardId, Square(h.Remaining))).ToList();
            findsBefore = s.Finds().LongCount();
        }
        var tokens = new Dictionary<string, string>();
        foreach (var (user, role, org) in new[] { ("reporter", "field-reporter", organisation), ("manager", "data-manager", (string?)null) })
        {
            var args = new List<string> { "user", "add", user, "--role", role, "--password-stdin", "--store", store };
            if (org is not null) args.AddRange(["--organisation", org]);
            var add = CliRun.RunWithInput(dir.Path, "a long enough password 123\n", [.. args]);
            Assert.True(add.ExitCode == 0, add.ToString());
            var token = CliRun.Run(dir.Path, "user", "token", user, "--name", "soak", "--store", store);
            Assert.True(token.ExitCode == 0, token.ToString());
            tokens[user] = token.Stdout.Trim();
        }

        var soak = new ConcurrencySoak(dir, store, user =>
        {
            var list = CliRun.Run(dir.Path, "user", "list", "--store", store);
            return list.ExitCode == 0 && list.Stdout.Contains(user, StringComparison.Ordinal);
        }) { Organisation = organisation };
        await using (var server = await ServedStore.Start(dir.Path, store))
        {
            await soak.Run(server.Address, work, tokens["reporter"], tokens["manager"], Rounds, RoundLength);
        }
        soak.FindsBefore = findsBefore;
        return soak;
    }

    // Every write the server acknowledged and every command said it made is there; nothing failed.
    private static void Verify(ConcurrencySoak soak, string store)
    {
        Assert.True(soak.Failures.Count == 0, $"{soak.Failures.Count} failures in {soak.Requests} requests ({string.Join("; ", soak.Timings)}):\n"
            + string.Join("\n", soak.Failures.DistinctBy(f => f[..Math.Min(f.Length, 12)]).Take(20)));
        Assert.True(soak.Acknowledged.Count > Rounds, $"only {soak.Acknowledged.Count} reports were acknowledged: the load did not load");
        using (var s = StoreOpener.Open(store, create: false))
        {
            var missing = soak.Acknowledged.Where(id => s.FindReport(id) is null).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} of {soak.Acknowledged.Count} acknowledged reports are missing: {string.Join(", ", missing.Take(10))}");
            foreach (var id in soak.ApprovedByServer.Concat(soak.ApprovedByCli))
                Assert.Equal(ReportStatus.Approved, s.FindReport(id)!.Status);
            Assert.All(soak.UsersAdded, u => Assert.NotNull(s.FindUser(u)));
            Assert.Equal(soak.FindsBefore + soak.FindsImported, s.Finds().LongCount());
        }
    }

    // A square of about 30 m inside the hazard's remaining area: clearance that stays inside the hazard.
    private static Polygon Square(Geometry remaining)
    {
        var p = remaining.InteriorPoint.Coordinate;
        const double d = 0.00015;
        var square = remaining.Factory.CreatePolygon([new(p.X - d, p.Y - d), new(p.X + d, p.Y - d), new(p.X + d, p.Y + d), new(p.X - d, p.Y + d), new(p.X - d, p.Y - d)]);
        return square.Intersection(remaining) is Polygon inside ? inside : (Polygon)remaining.Envelope;
    }
}
