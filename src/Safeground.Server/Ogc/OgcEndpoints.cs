using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core;
using Safeground.Core.Storage;
using Safeground.Formats;
using Safeground.Formats.Export;
using Safeground.Core.Text;

namespace Safeground.Server.Ogc;

/// <summary>OGC API – Features, Part 1 (Core, GeoJSON, OpenAPI 3.0) under /ogc, so QGIS, ArcGIS and GDAL connect.</summary>
public static class OgcEndpoints
{
    private const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private static readonly string[] ConformanceClasses =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ];

    public static void Map(RouteGroupBuilder ogc)
    {
        ArgumentNullException.ThrowIfNull(ogc);
        ogc.MapGet("", Landing);
        ogc.MapGet("/conformance", (HttpContext c) => Json(c, new { conformsTo = ConformanceClasses }));
        ogc.MapGet("/api", (HttpContext c) =>
        {
            OgcItemsRequest.CheckFormat(c.Request.Query);
            return Results.Text(OgcOpenApi.Document, OgcLinks.OpenApi);
        });
        ogc.MapGet("/collections", (HttpContext c, IMapLayerStore store) =>
        {
            var links = new OgcLinks(c.Request);
            return Json(c, new
            {
                links = new[] { Link(links.Href("/collections"), "self", OgcLinks.Json, Texts.Render("ogc.link.collections")) },
                collections = OgcCollection.All.Select(col => Describe(col, store.Extent(col.Layer), links)).ToList(),
            });
        });
        ogc.MapGet("/collections/{collectionId}", (HttpContext c, IMapLayerStore store, string collectionId) =>
        {
            var collection = Collection(collectionId);
            return Json(c, Describe(collection, store.Extent(collection.Layer), new OgcLinks(c.Request)));
        });
        ogc.MapGet("/collections/{collectionId}/items", Items);
        ogc.MapGet("/collections/{collectionId}/items/{featureId}", Item);
    }

    private static IResult Landing(HttpContext c, ServerOptions options)
    {
        var links = new OgcLinks(c.Request);
        return Json(c, new
        {
            title = Texts.Render("ogc.landing.title", ("store", Path.GetFileName(options.StoreName))),
            description = Texts.Render("ogc.landing.description"),
            links = new[]
            {
                Link(links.Root, "self", OgcLinks.Json, Texts.Render("ogc.link.landing")),
                Link(links.Href("/api"), "service-desc", OgcLinks.OpenApi, Texts.Render("ogc.link.api")),
                Link(links.Href("/conformance"), "conformance", OgcLinks.Json, Texts.Render("ogc.link.conformance")),
                Link(links.Href("/collections"), "data", OgcLinks.Json, Texts.Render("ogc.link.data")),
            },
        });
    }

    private static Task Items(HttpContext c, IMapLayerStore store, TimeProvider clock, string collectionId)
    {
        var collection = Collection(collectionId);
        var query = OgcItemsRequest.Parse(c.Request.Query);
        return collection.Layer switch
        {
            FeatureLayer.Hazards => OgcFeatureResponse.WritePage(c, collection, query, store.HazardPage(query), GeoJsonFeatureWriter.WriteHazard, clock),
            FeatureLayer.Released => OgcFeatureResponse.WritePage(c, collection, query, store.ReleasePage(query), GeoJsonFeatureWriter.WriteRelease, clock),
            FeatureLayer.Finds => OgcFeatureResponse.WritePage(c, collection, query, store.FindPage(query), GeoJsonFeatureWriter.WriteFind, clock),
            FeatureLayer.RiskEducation => OgcFeatureResponse.WritePage(c, collection, query, store.RiskEducationPage(query), GeoJsonFeatureWriter.WriteRiskEducation, clock),
            FeatureLayer.Incidents => OgcFeatureResponse.WritePage(c, collection, query, store.IncidentPage(query), GeoJsonFeatureWriter.WriteIncident, clock),
            _ => OgcFeatureResponse.WritePage(c, collection, query, store.AccidentPage(query), GeoJsonFeatureWriter.WriteAccident, clock),
        };
    }

    private static Task Item(HttpContext c, IMapLayerStore store, string collectionId, string featureId)
    {
        var collection = Collection(collectionId);
        OgcItemsRequest.CheckFormat(c.Request.Query);
        var query = new LayerQuery(Limit: 1, FeatureId: featureId);
        return collection.Layer switch
        {
            FeatureLayer.Hazards => OgcFeatureResponse.WriteFeature(c, collection, featureId, store.HazardPage(query), GeoJsonFeatureWriter.WriteHazard),
            FeatureLayer.Released => OgcFeatureResponse.WriteFeature(c, collection, featureId, store.ReleasePage(query), GeoJsonFeatureWriter.WriteRelease),
            FeatureLayer.Finds => OgcFeatureResponse.WriteFeature(c, collection, featureId, store.FindPage(query), GeoJsonFeatureWriter.WriteFind),
            FeatureLayer.RiskEducation => OgcFeatureResponse.WriteFeature(c, collection, featureId, store.RiskEducationPage(query), GeoJsonFeatureWriter.WriteRiskEducation),
            FeatureLayer.Incidents => OgcFeatureResponse.WriteFeature(c, collection, featureId, store.IncidentPage(query), GeoJsonFeatureWriter.WriteIncident),
            _ => OgcFeatureResponse.WriteFeature(c, collection, featureId, store.AccidentPage(query), GeoJsonFeatureWriter.WriteAccident),
        };
    }

    private static OgcCollection Collection(string id) => OgcCollection.Find(id)
        ?? throw new SafegroundException(ErrorKind.NotFound,
            Texts.Render("ogc.no-collection", ("id", id), ("collections", string.Join(", ", OgcCollection.All.Select(c => c.Id)))));

    private static object Describe(OgcCollection collection, LayerExtent extent, OgcLinks links) => new
    {
        id = collection.Id,
        title = collection.Title(),
        description = collection.Description(),
        itemType = "feature",
        crs = new[] { Crs84 },
        storageCrs = Crs84,
        extent = new
        {
            spatial = new
            {
                bbox = new[] { extent.Area is { } a ? new[] { a.MinX, a.MinY, a.MaxX, a.MaxY } : new[] { -180.0, -90, 180, 90 } },
                crs = Crs84,
            },
            temporal = new
            {
                interval = new[] { new[] { Day(extent.From, "00:00:00"), Day(extent.To, "23:59:59") } },
                trs = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
            },
        },
        links = new[]
        {
            Link(links.Href("/collections/" + collection.Id), "self", OgcLinks.Json, collection.Title()),
            Link(links.Href("/collections/" + collection.Id + "/items"), "items", OgcLinks.GeoJson,
                Texts.Render("ogc.link.items", ("collection", collection.Title()))),
        },
    };

    private static string? Day(DateOnly? date, string time) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" + time + "Z" : null;

    private static object Link(string href, string rel, string type, string title) => new { href, rel, type, title };

    private static IResult Json(HttpContext c, object value)
    {
        OgcItemsRequest.CheckFormat(c.Request.Query);
        return Results.Json(value, contentType: OgcLinks.Json);
    }
}
