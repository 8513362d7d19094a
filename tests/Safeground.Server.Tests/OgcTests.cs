using System.Globalization;
using System.Net;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

// OGC API – Features over the demo store: shapes, paging, filters cross-checked against the store itself.
public class OgcTests(DemoServer server) : IClassFixture<DemoServer>
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> Get(string path)
    {
        var response = await server.Client.GetAsync(new Uri(path, UriKind.RelativeOrAbsolute));
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string Href(JsonElement doc, string rel) =>
        doc.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == rel).GetProperty("href").GetString()!;

    private static bool HasLink(JsonElement doc, string rel) =>
        doc.GetProperty("links").EnumerateArray().Any(l => l.GetProperty("rel").GetString() == rel);

    private GeoPackageStore OpenStore() => GeoPackageStore.Open(server.StorePath, create: false);

    [Fact]
    public async Task The_landing_page_links_the_api_definition_conformance_and_data()
    {
        var (response, doc) = await Get("/ogc");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("/ogc", Href(doc, "self"), StringComparison.Ordinal);
        Assert.EndsWith("/ogc/api", Href(doc, "service-desc"), StringComparison.Ordinal);
        Assert.EndsWith("/ogc/conformance", Href(doc, "conformance"), StringComparison.Ordinal);
        Assert.EndsWith("/ogc/collections", Href(doc, "data"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conformance_declares_core_geojson_and_openapi()
    {
        var (_, doc) = await Get("/ogc/conformance");
        var classes = doc.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30", classes);
    }

    [Fact]
    public async Task The_api_definition_is_openapi_3_and_describes_every_path()
    {
        var (response, doc) = await Get("/ogc/api");
        Assert.Equal("application/vnd.oai.openapi+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("3.0", doc.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/", "/conformance", "/api", "/collections", "/collections/{collectionId}",
            "/collections/{collectionId}/items", "/collections/{collectionId}/items/{featureId}"], paths);
    }

    [Fact]
    public async Task Collections_list_the_layers_with_extent_and_crs84()
    {
        var (_, doc) = await Get("/ogc/collections");
        var collections = doc.GetProperty("collections").EnumerateArray().ToList();
        Assert.Equal(["hazards", "released", "finds", "accidents", "risk-education", "incidents"], collections.Select(c => c.GetProperty("id").GetString()));
        using var store = OpenStore();
        var finds = store.Finds().ToList();
        var c = collections[2];
        Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", c.GetProperty("crs")[0].GetString());
        var bbox = c.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()).ToList();
        // The R-tree stores 32-bit floats rounded outwards: the extent covers every find, within float precision.
        Assert.InRange(finds.Min(f => f.Find.Position.X), bbox[0], bbox[0] + 1e-4);
        Assert.InRange(finds.Min(f => f.Find.Position.Y), bbox[1], bbox[1] + 1e-4);
        Assert.InRange(finds.Max(f => f.Find.Position.X), bbox[2] - 1e-4, bbox[2]);
        Assert.InRange(finds.Max(f => f.Find.Position.Y), bbox[3] - 1e-4, bbox[3]);
        var interval = c.GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0];
        Assert.Equal(finds.Min(f => f.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z", interval[0].GetString());
        Assert.Equal(finds.Max(f => f.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T23:59:59Z", interval[1].GetString());

        var (one, single) = await Get("/ogc/collections/accidents");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.EndsWith("/ogc/collections/accidents/items", Href(single, "items"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_are_a_geojson_feature_collection_with_counts_links_and_timestamp()
    {
        var (response, doc) = await Get("/ogc/collections/hazards/items");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var store = OpenStore();
        int hazards = store.Hazards().Count();
        Assert.Equal("FeatureCollection", doc.GetProperty("type").GetString());
        Assert.Equal(hazards, doc.GetProperty("numberMatched").GetInt64());
        Assert.Equal(Math.Min(100, hazards), doc.GetProperty("numberReturned").GetInt32());
        Assert.Equal(Math.Min(100, hazards), doc.GetProperty("features").GetArrayLength());
        Assert.True(DateTimeOffset.TryParse(doc.GetProperty("timeStamp").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.Equal(hazards > 100, HasLink(doc, "next"));
        Assert.False(HasLink(doc, "prev"));
        var feature = doc.GetProperty("features")[0];
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        var props = feature.GetProperty("properties");
        Assert.Equal(feature.GetProperty("id").GetString(), props.GetProperty("hazard_id").GetString());
        foreach (var name in new[] { "class", "status", "contamination_type", "original_m2", "cancelled_m2", "reduced_m2", "cleared_m2", "remaining_m2" })
        {
            Assert.True(props.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task Following_next_links_reads_every_find_once_and_prev_goes_back()
    {
        using var store = OpenStore();
        var expected = store.Finds().Select(f => f.ReportId + "." + f.Index.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToList();
        int limit = Math.Max(1, expected.Count / 4 + 1);
        var ids = new List<string>();
        string? next = $"/ogc/collections/finds/items?limit={limit}";
        int pages = 0;
        while (next is not null)
        {
            var (_, page) = await Get(next);
            Assert.Equal(expected.Count, page.GetProperty("numberMatched").GetInt64());
            ids.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
            Assert.Equal(pages > 0, HasLink(page, "prev"));
            next = HasLink(page, "next") ? Href(page, "next") : null;
            pages++;
        }
        Assert.Equal(expected, ids.Order(StringComparer.Ordinal));
        Assert.InRange(pages, 4, 5);

        var (_, second) = await Get($"/ogc/collections/finds/items?limit={limit}&offset={limit}");
        var (_, first) = await Get(Href(second, "prev"));
        Assert.Equal(ids.Take(limit), first.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Bbox_selects_what_the_spatial_index_of_the_store_selects()
    {
        using var store = OpenStore();
        var all = store.Hazards().Where(h => !h.Remaining.IsEmpty).ToList();
        var e = new Envelope();
        foreach (var h in all) e.ExpandToInclude(h.Remaining.EnvelopeInternal);
        // The south-west quarter of the hazards' extent.
        var area = new Envelope(e.MinX, e.MinX + e.Width / 2, e.MinY, e.MinY + e.Height / 2);
        int expected = all.Count(h => h.Remaining.EnvelopeInternal.Intersects(area));
        Assert.InRange(expected, 1, all.Count - 1);
        var bbox = string.Join(",", new[] { area.MinX, area.MinY, area.MaxX, area.MaxY }.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        var (_, doc) = await Get($"/ogc/collections/hazards/items?limit=10000&bbox={bbox}");
        Assert.Equal(expected, doc.GetProperty("numberMatched").GetInt64());
        Assert.Equal(expected, doc.GetProperty("numberReturned").GetInt32());
        Assert.Contains("bbox=", Href(doc, "self"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Datetime_takes_instants_intervals_and_open_ends()
    {
        using var store = OpenStore();
        var dates = store.Finds().Select(f => f.Date).Order().ToList();
        var mid = dates[dates.Count / 2];
        var end = dates[dates.Count * 3 / 4];
        string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        async Task<long> Matched(string datetime) =>
            (await Get($"/ogc/collections/finds/items?limit=1&datetime={Uri.EscapeDataString(datetime)}")).Json.GetProperty("numberMatched").GetInt64();

        Assert.Equal(dates.Count(d => d == mid), await Matched(D(mid)));
        Assert.Equal(dates.Count(d => d == mid), await Matched(D(mid) + "T12:30:00Z"));
        Assert.Equal(dates.Count(d => d >= mid && d <= end), await Matched($"{D(mid)}/{D(end)}"));
        Assert.Equal(dates.Count(d => d <= mid), await Matched($"../{D(mid)}"));
        Assert.Equal(dates.Count(d => d >= mid), await Matched($"{D(mid)}/.."));
        Assert.Equal(dates.Count(d => d >= mid), await Matched($"{D(mid)}T00:00:00Z/"));
    }

    [Fact]
    public async Task A_single_feature_is_served_by_id_and_an_unknown_id_is_a_404_problem()
    {
        using var store = OpenStore();
        var find = store.Finds().First();
        string id = find.ReportId + "." + find.Index.ToString(CultureInfo.InvariantCulture);
        var (response, doc) = await Get($"/ogc/collections/finds/items/{Uri.EscapeDataString(id)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(id, doc.GetProperty("id").GetString());
        Assert.Equal("Point", doc.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(find.Find.Quantity, doc.GetProperty("properties").GetProperty("quantity").GetInt32());
        Assert.EndsWith("/ogc/collections/finds", Href(doc, "collection"), StringComparison.Ordinal);

        var hazard = store.Hazards().First();
        var (_, h) = await Get($"/ogc/collections/hazards/items/{hazard.HazardId}");
        Assert.Equal(hazard.HazardId, h.GetProperty("properties").GetProperty("hazard_id").GetString());

        foreach (var path in new[] { "/ogc/collections/finds/items/NOPE.1", "/ogc/collections/hazards/items/HA-NONE", "/ogc/collections/mines/items", "/ogc/collections/released/items/x" })
        {
            var (missing, problem) = await Get(path);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, problem.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task Released_land_and_accidents_are_served_with_their_attributes_and_no_victim_data()
    {
        using var store = OpenStore();
        var (_, released) = await Get("/ogc/collections/released/items?limit=1");
        Assert.Equal(store.Hazards().Sum(h => h.Releases.Count), released.GetProperty("numberMatched").GetInt64());
        var rp = released.GetProperty("features")[0].GetProperty("properties");
        foreach (var name in new[] { "method", "date", "area_m2", "report_id", "hazard_id" }) Assert.True(rp.TryGetProperty(name, out _), name);

        var accidents = store.Accidents().ToList();
        var (_, doc) = await Get("/ogc/collections/accidents/items?limit=10000");
        Assert.Equal(accidents.Count, doc.GetProperty("numberMatched").GetInt64());
        string text = doc.GetRawText();
        foreach (var victim in accidents.SelectMany(a => a.Accident.Victims))
        {
            if (victim.Name is { Length: > 0 } name) Assert.DoesNotContain(name, text, StringComparison.Ordinal);
        }
        if (accidents.Count > 0)
        {
            var p = doc.GetProperty("features")[0].GetProperty("properties");
            Assert.True(p.TryGetProperty("killed", out _));
            Assert.True(p.TryGetProperty("injured", out _));
            Assert.False(p.TryGetProperty("victims", out _));
        }
    }

    [Fact]
    public async Task Civilian_incidents_are_served_with_their_counts_and_nobody_named()
    {
        using var store = OpenStore();
        var incidents = store.Incidents().ToList();
        Assert.NotEmpty(incidents); // the operation demo records civilian incidents
        var (_, doc) = await Get("/ogc/collections/incidents/items?limit=10000");
        Assert.Equal(incidents.Count, doc.GetProperty("numberMatched").GetInt64());
        var features = doc.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(incidents.Select(i => i.ReportId).Order(StringComparer.Ordinal), features.Select(f => f.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        foreach (var f in features)
        {
            var p = f.GetProperty("properties");
            var i = incidents.Single(i => i.ReportId == f.GetProperty("id").GetString());
            Assert.Equal((i.Incident.KilledCount, i.Incident.InjuredCount, i.Children), (p.GetProperty("killed").GetInt32(), p.GetProperty("injured").GetInt32(), p.GetProperty("children").GetInt32()));
        }
        var (one, single) = await Get("/ogc/collections/incidents/items/" + incidents[0].ReportId);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(incidents[0].ReportId, single.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=30,50,20,40", "bbox")]
    [InlineData("bbox=a,b,c,d", "bbox")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("datetime=yesterday", "datetime")]
    [InlineData("datetime=2024-05-01/2024-01-01", "datetime")]
    [InlineData("colour=red", "colour")]
    [InlineData("f=html", "f")]
    public async Task Bad_parameters_are_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        var (response, problem) = await Get("/ogc/collections/hazards/items?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_limit_above_the_maximum_returns_the_maximum()
    {
        var (response, doc) = await Get("/ogc/collections/finds/items?limit=50000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(doc.GetProperty("numberReturned").GetInt32(), 0, 10_000);
    }
}
