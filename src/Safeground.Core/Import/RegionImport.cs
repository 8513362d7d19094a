using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using Safeground.Core.Spatial;
using Safeground.Core.Reference;
using Safeground.Core.Text;

namespace Safeground.Core.Import;

/// <summary>The regions read from a boundary file, and what was repaired on the way.</summary>
public sealed record RegionImportResult(IReadOnlyList<Region> Regions, IReadOnlyList<string> Repairs);

/// <summary>
/// Reads administrative boundaries (one polygon or multipolygon feature per unit) into regions. All or
/// nothing: a feature without a polygon or without a name stops the import, naming the feature, because
/// a roll-up with a unit missing would be wrong without saying so. Invalid polygons are repaired and the
/// repair is reported.
/// </summary>
public static class RegionImport
{
    /// <summary>The property GeoBoundaries (and the BiH admin files) name units by.</summary>
    public const string DefaultNameField = "shapeName";

    public static RegionImportResult Read(IEnumerable<SourceFeature> features, string source, string nameField = DefaultNameField)
    {
        ArgumentNullException.ThrowIfNull(features);
        var regions = new List<Region>();
        var repairs = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in features)
        {
            string where = $"{source}, {f.Where}";
            if (f.ReadError is { } error) throw SafegroundException.Invalid(Texts.Render("error.import.cannot-read", ("where", where), ("error", error)));
            if (!f.Properties.TryGetValue(nameField, out var name) || string.IsNullOrWhiteSpace(name))
            {
                string known = f.Properties.Count == 0 ? Texts.Render("import.region.no-properties")
                    : Texts.Render("import.region.properties-are", ("names", string.Join(", ", f.Properties.Keys)));
                throw SafegroundException.Invalid(Texts.Render("error.import.no-region-name-property-choose", ("where", where), ("nameField", nameField), ("known", known)));
            }
            name = name.Trim();
            if (f.Geometry is not (Polygon or MultiPolygon) || f.Geometry.IsEmpty)
            {
                string what = f.Geometry is null ? Texts.Render("import.region.has-no-geometry")
                    : f.Geometry.IsEmpty ? Texts.Render("import.region.has-empty-geometry")
                    : Texts.Render("import.region.has-geometry", ("type", f.Geometry.GeometryType));
                throw SafegroundException.Invalid(Texts.Render("error.import.region-needs-polygon-boundary-but", ("where", where), ("name", name), ("what", what)));
            }
            if (names.TryGetValue(name, out var first))
                throw SafegroundException.Invalid(Texts.Render("error.import.region-appears-twice-first-region", ("where", where), ("name", name), ("first", first)));
            names[name] = f.Where;
            var boundary = f.Geometry;
            if (!boundary.IsValid)
            {
                var problem = new IsValidOp(boundary).ValidationError;
                boundary = Polygons.Polygonal(boundary);
                if (boundary.IsEmpty) throw SafegroundException.Invalid(Texts.Render("error.import.boundary-not-valid-polygon-nothing", ("where", where), ("name", name)));
                repairs.Add(Texts.Render("import.region.repaired", ("where", where), ("name", name),
                    ("problem", problem is null ? Texts.Render("import.region.invalid-polygon") : PolygonTriage.Describe(problem).Problem),
                    ("area", Polygons.AreaM2(boundary))));
            }
            else
            {
                boundary = Polygons.Polygonal(boundary);
            }
            boundary.SRID = Geo.Wgs84;
            regions.Add(new Region(name, boundary));
        }
        if (regions.Count == 0) throw SafegroundException.Invalid(Texts.Render("error.import.no-features-boundary-file-needs", ("source", source)));
        return new RegionImportResult(regions, repairs);
    }
}
