using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reports;

namespace Safeground.Core.Tests;

/// <summary>Small builders for readable tests: a hazard near Izium and the reports that work on it.</summary>
internal static class TestReports
{
    public static readonly DateOnly Day0 = new(2026, 3, 2);

    public static NetTopologySuite.Geometries.Geometry Wkt(string wkt)
    {
        var g = new WKTReader(Geo.Services).Read(wkt);
        g.SRID = Geo.Wgs84;
        return g;
    }

    /// <summary>A square of about <paramref name="sideM"/> metres at lon/lat, as a polygon.</summary>
    public static Polygon Square(double lon, double lat, double sideM)
    {
        double dLat = sideM / 111_320.0, dLon = sideM / (111_320.0 * Math.Cos(lat * Math.PI / 180));
        return Geo.Factory.CreatePolygon([
            new(lon, lat), new(lon + dLon, lat), new(lon + dLon, lat + dLat), new(lon, lat + dLat), new(lon, lat)]);
    }

    public static Report Create(string hazardId, NetTopologySuite.Geometries.Geometry perimeter, int day = 0, string? id = null, params Evidence[] evidence) =>
        Make(id ?? $"R-{hazardId}-create", hazardId, day,
            new NonTechnicalSurvey(SurveyAction.Create, "Field by the road", "Izium", null, perimeter, null, evidence, [EoCategory.ApMine]));

    public static Report Cancel(string hazardId, NetTopologySuite.Geometries.Geometry? area, int day, string id) =>
        Make(id, hazardId, day, new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, area, [], []));

    public static Report Reduce(string hazardId, NetTopologySuite.Geometries.Geometry area, int day, string id, bool confirms = false) =>
        Make(id, hazardId, day, new TechnicalSurvey(area, confirms, []));

    public static Report Clear(string hazardId, NetTopologySuite.Geometries.Geometry area, int day, string id, params EoFind[] finds) =>
        Make(id, hazardId, day, new ClearanceProgress(area, 20, null, finds));

    public static Report Complete(string hazardId, NetTopologySuite.Geometries.Geometry area, int day, string id) =>
        Make(id, hazardId, day, new Completion(area, 20, []));

    public static EoFind Find(double lon, double lat, EoCategory category = EoCategory.ApMine, int quantity = 1) =>
        new(category, "PMN-2", quantity, EoCondition.Intact, 10, Geo.Point(lon, lat), Disposal.DestroyedInSitu);

    public static Report Make(string id, string? hazardId, int day, ReportBody body) =>
        new(id, hazardId, "ORG-SES", "T-01", "D-01", Day0.AddDays(day),
            new DateTimeOffset(Day0.AddDays(day).ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero), "team.lead", body);
}
