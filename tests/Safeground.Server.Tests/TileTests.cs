using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Server.Tiles;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>Vector tiles over a real server and the operation-scale demo store (read only).</summary>
public class TileTests(DemoServer server) : IClassFixture<DemoServer>
{
    internal static TileAddress TileOf(double lon, double lat, int z)
    {
        var (wx, wy) = TileAddress.World(lon, lat);
        return new TileAddress(z, (int)(wx * (1 << z)), (int)(wy * (1 << z)));
    }

    internal static async Task<(HttpStatusCode Status, byte[] Body, HttpResponseMessage Response)> Fetch(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(), response);
    }

    internal static async Task<List<MvtReader.Layer>> Tile(HttpClient client, string path)
    {
        var (status, body, response) = await Fetch(client, path);
        if (status == HttpStatusCode.NoContent) return [];
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(TileEndpoints.ContentType, response.Content.Headers.ContentType?.MediaType);
        return MvtReader.Read(body);
    }

    private HazardState OpenHazard()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return store.Hazards().First(h => h.Status == HazardStatus.Open && h.RemainingM2 > 5_000);
    }

    [Fact]
    public async Task A_hazard_tile_holds_the_hazard_with_its_class_status_and_remaining_area()
    {
        var h = OpenHazard();
        var c = h.Remaining.InteriorPoint;
        var t = TileOf(c.X, c.Y, 14);
        var layers = await Tile(server.Client, $"/tiles/hazards/{t}.mvt");
        var layer = Assert.Single(layers);
        Assert.Equal(("hazards", 2, 4096), (layer.Name, layer.Version, layer.Extent));
        var f = Assert.Single(layer.Features, f => (string)f.Attributes["hazard_id"] == h.HazardId);
        Assert.Equal(3, f.Type);
        Assert.Equal(h.Class.ToString().ToUpperInvariant(), f.Attributes["class"]);
        Assert.Equal("open", f.Attributes["status"]);
        Assert.Equal(h.RemainingM2, (double)f.Attributes["remaining_m2"], 0.1);
        Assert.True(MvtReader.Area2(f.Parts[0]) > 0, "the first ring is an exterior: positive area");
    }

    [Theory]
    [InlineData("hazards", 11)]
    [InlineData("hazards", 14)]
    [InlineData("released", 13)]
    public async Task Features_are_clipped_to_the_tile_and_its_buffer_and_wound_as_the_spec_says(string layerName, int z)
    {
        var h = OpenHazard();
        var t = TileOf(h.Remaining.Centroid.X, h.Remaining.Centroid.Y, z);
        int total = 0;
        foreach (var (dx, dy) in new[] { (0, 0), (1, 0), (0, 1), (-1, -1) })
        {
            var layers = await Tile(server.Client, $"/tiles/{layerName}/{z}/{t.X + dx}/{t.Y + dy}.mvt");
            foreach (var f in layers.SelectMany(l => l.Features))
            {
                total++;
                Assert.All(f.Parts.SelectMany(p => p), p => Assert.True(p.X is >= -64 and <= 4160 && p.Y is >= -64 and <= 4160, $"{p} outside the buffer"));
                Assert.True(MvtReader.Area2(f.Parts[0]) > 0);
                Assert.All(f.Parts, ring => Assert.True(ring.Count >= 3 && MvtReader.Area2(ring) != 0));
            }
        }
        Assert.True(total > 0, "some feature near a hazard");
    }

    [Fact]
    public async Task A_tile_far_from_the_programme_is_empty()
    {
        var t = TileOf(-150, -40, 10); // the South Pacific
        foreach (var layer in TileLayer.All)
        {
            var (status, body, _) = await Fetch(server.Client, $"/tiles/{layer.Name}/{t}.mvt");
            Assert.Equal(HttpStatusCode.NoContent, status);
            Assert.Empty(body);
        }
        Assert.Equal(HttpStatusCode.NoContent, (await Fetch(server.Client, $"/tiles/{t}.mvt")).Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(11)]
    public async Task Finds_are_counted_per_cell_below_zoom_12_and_the_counts_add_up_to_the_store(int z)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var finds = store.Finds().ToList();
        var first = finds[finds.Count / 2].Find.Position;
        var t = TileOf(first.X, first.Y, z);
        int expected = finds.Count(f => TileOf(f.Find.Position.X, f.Find.Position.Y, z) == t);
        var layer = Assert.Single(await Tile(server.Client, $"/tiles/finds/{t}.mvt"));
        Assert.All(layer.Features, f => Assert.Equal(1, f.Type));
        Assert.Equal(expected, layer.Features.Sum(f => (long)f.Attributes["count"]));
        Assert.All(layer.Features, f => Assert.Equal((long)f.Attributes["count"],
            TileLayer.CategoryFields.Sum(c => (long)f.Attributes[c])));
        if (z == 0) Assert.Equal(finds.Count, expected);
        Assert.True(layer.Features.Count < expected || expected < 50, "finds are aggregated");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(11)]
    public async Task Hazards_too_small_to_draw_are_counted_per_cell_and_every_open_hazard_shows_once(int z)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var open = store.Hazards().Where(h => h.Status != HazardStatus.Closed && !h.Remaining.IsEmpty).ToList();
        var centre = open[open.Count / 2].Remaining.EnvelopeInternal.Centre;
        var t = TileOf(centre.X, centre.Y, z);
        var inTile = open.Where(h => TileOf(h.Remaining.EnvelopeInternal.Centre.X, h.Remaining.EnvelopeInternal.Centre.Y, z) == t).ToList();
        var layer = Assert.Single(await Tile(server.Client, $"/tiles/hazards/{t}.mvt"));
        var cells = layer.Features.Where(f => f.Type == 1).ToList();
        var polygons = layer.Features.Where(f => f.Type == 3).Select(f => (string)f.Attributes["hazard_id"]).ToHashSet();
        Assert.All(cells, c => Assert.InRange((long)c.Attributes["cha"], 0, (long)c.Attributes["count"]));
        // Each open hazard centred in the tile is drawn, or counted in a cell, never both and never lost.
        long counted = cells.Sum(c => (long)c.Attributes["count"]);
        Assert.Equal(inTile.Count, counted + inTile.Count(h => polygons.Contains(h.HazardId)));
        Assert.Equal(inTile.Where(h => !polygons.Contains(h.HazardId)).Sum(h => Math.Round(h.RemainingM2, 1)),
            cells.Sum(c => (double)c.Attributes["remaining_m2"]), 0);
        if (z == 4) Assert.Empty(polygons); // a hectare is far below a pixel at zoom 4
        if (z == 11) Assert.Empty(cells); // and a few screen pixels at zoom 11
    }

    [Fact]
    public async Task Finds_are_single_points_with_their_category_from_zoom_12()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var finds = store.Finds().ToList();
        var first = finds[finds.Count / 3];
        var t = TileOf(first.Find.Position.X, first.Find.Position.Y, 14);
        int inside = finds.Count(f => TileOf(f.Find.Position.X, f.Find.Position.Y, 14) == t);
        var layer = Assert.Single(await Tile(server.Client, $"/tiles/finds/{t}.mvt"));
        var mine = Assert.Single(layer.Features, f => (string)f.Attributes["report_id"] == first.ReportId && (long)f.Attributes["find_index"] == first.Index);
        Assert.Equal(first.Find.Category.ToString().ToLowerInvariant(), ((string)mine.Attributes["category"]).Replace("-", "", StringComparison.Ordinal));
        Assert.False(mine.Attributes.ContainsKey("count"));
        var inTile = layer.Features.Count(f => f.Parts[0][0] is { X: >= 0 and < 4096, Y: >= 0 and < 4096 });
        Assert.InRange(inTile, inside - 1, inside + 1); // a find on the tile's edge may round either way
    }

    [Fact]
    public async Task Accident_points_carry_casualty_counts_and_nothing_personal()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var a = store.Accidents().First();
        var t = TileOf(a.Accident.Position.X, a.Accident.Position.Y, 13);
        var layer = Assert.Single(await Tile(server.Client, $"/tiles/accidents/{t}.mvt"));
        var f = Assert.Single(layer.Features, f => (string)f.Attributes["report_id"] == a.ReportId);
        Assert.Equal(["date", "injured", "is_demining", "killed", "report_id"], f.Attributes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(a.Accident.Victims.Count, (long)f.Attributes["killed"] + (long)f.Attributes["injured"]);
    }

    [Fact]
    public async Task Civilian_incident_points_carry_casualty_counts_and_nothing_personal()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var i = store.Incidents().First();
        var t = TileOf(i.Incident.Position.X, i.Incident.Position.Y, 13);
        var layer = Assert.Single(await Tile(server.Client, $"/tiles/incidents/{t}.mvt"));
        var f = Assert.Single(layer.Features, f => (string)f.Attributes["report_id"] == i.ReportId);
        Assert.Equal(["activity", "children", "date", "injured", "killed", "report_id"], f.Attributes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(((long)i.Incident.KilledCount, (long)i.Incident.InjuredCount), ((long)f.Attributes["killed"], (long)f.Attributes["injured"]));
    }

    [Fact]
    public async Task The_all_layers_tile_concatenates_the_layers()
    {
        var h = OpenHazard();
        var t = TileOf(h.Remaining.Centroid.X, h.Remaining.Centroid.Y, 9);
        var layers = await Tile(server.Client, $"/tiles/{t}.mvt");
        Assert.Contains("hazards", layers.Select(l => l.Name));
        Assert.Equal(layers.Count, layers.Select(l => l.Name).Distinct().Count());
        var hazards = Assert.Single(await Tile(server.Client, $"/tiles/hazards/{t}.mvt"));
        Assert.Equal(hazards.Features.Count, layers.Single(l => l.Name == "hazards").Features.Count);
    }

    [Fact]
    public async Task A_tile_revalidates_by_its_etag()
    {
        var h = OpenHazard();
        var t = TileOf(h.Remaining.Centroid.X, h.Remaining.Centroid.Y, 12);
        var (_, _, response) = await Fetch(server.Client, $"/tiles/hazards/{t}.mvt");
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri($"/tiles/hazards/{t}.mvt", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await server.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData("/tiles/hazards/23/0/0.mvt", "z must be a whole number from 0 to 22")]
    [InlineData("/tiles/hazards/x/0/0.mvt", "z must be")]
    [InlineData("/tiles/hazards/3/8/0.mvt", "x must be a whole number from 0 to 7")]
    [InlineData("/tiles/hazards/3/0/-1.mvt", "y must be")]
    [InlineData("/tiles/2/1/4.mvt", "y must be a whole number from 0 to 3")]
    public async Task A_bad_tile_address_is_a_400_naming_the_parameter(string path, string detail)
    {
        var (status, body) = await Api.Get(server.Client, path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(detail, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tiles/roads/3/0/0.mvt")]
    [InlineData("/tiles/roads.json")]
    public async Task An_unknown_layer_is_a_404(string path)
    {
        var (status, body) = await Api.Get(server.Client, path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.StartsWith("No tile layer 'roads'; the layers are hazards, released, finds, accidents, risk-education, incidents", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TileJson_describes_the_tiles()
    {
        var all = await Api.GetOk(server.Client, "/tiles/tiles.json");
        Assert.Equal("3.0.0", all.GetProperty("tilejson").GetString());
        Assert.Equal(new Uri(server.Address, "/tiles/").ToString() + "{z}/{x}/{y}.mvt", all.GetProperty("tiles")[0].GetString());
        Assert.Equal(["hazards", "released", "finds", "accidents", "risk-education", "incidents"], all.GetProperty("vector_layers").EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        var bounds = all.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        var h = OpenHazard().Remaining.EnvelopeInternal;
        Assert.True(bounds[0] <= h.MinX && bounds[1] <= h.MinY && bounds[2] >= h.MaxX && bounds[3] >= h.MaxY);
        Assert.Equal(0, all.GetProperty("minzoom").GetInt32());

        var finds = await Api.GetOk(server.Client, "/tiles/finds.json");
        Assert.Equal(new Uri(server.Address, "/tiles/finds/").ToString() + "{z}/{x}/{y}.mvt", finds.GetProperty("tiles")[0].GetString());
        var fields = finds.GetProperty("vector_layers")[0].GetProperty("fields");
        Assert.Equal("String", fields.GetProperty("category").GetString());
        Assert.Equal("Number", fields.GetProperty("count").GetString());
        Assert.Equal("Number", fields.GetProperty("ap_mine").GetString());
    }

    [Fact]
    public async Task Gdal_reads_a_downloaded_tile_with_the_same_features()
    {
        var h = OpenHazard();
        var t = TileOf(h.Remaining.Centroid.X, h.Remaining.Centroid.Y, 12);
        var (status, body, _) = await Fetch(server.Client, $"/tiles/{t}.mvt");
        Assert.Equal(HttpStatusCode.OK, status);
        var mine = MvtReader.Read(body);
        // GDAL takes z/x/y from the path: the tile goes to DIR/z/x/y.mvt.
        var dir = Path.Combine(Path.GetTempPath(), $"sg-mvt-{Guid.NewGuid():N}");
        var file = Path.Combine(dir, t.Z.ToString(CultureInfo.InvariantCulture), t.X.ToString(CultureInfo.InvariantCulture), t.Y.ToString(CultureInfo.InvariantCulture) + ".mvt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, body);
        try
        {
            const string OgrInfo = "/usr/bin/ogrinfo";
            Assert.True(File.Exists(OgrInfo), $"{OgrInfo} is missing: install gdal-bin (scripts/setup)");
            var psi = new ProcessStartInfo(OgrInfo) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-ro", "-so", "-al", file }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var output = await p.StandardOutput.ReadToEndAsync() + await p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            Assert.True(p.ExitCode == 0, output);
            foreach (var layer in mine)
            {
                Assert.Contains($"Layer name: {layer.Name}", output, StringComparison.Ordinal);
                Assert.Contains($"Feature Count: {layer.Features.Count}", output, StringComparison.Ordinal);
            }
            Assert.DoesNotContain("ERROR", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
