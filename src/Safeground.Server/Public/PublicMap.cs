using System.Globalization;
using System.Net;
using System.Text;
using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Publication;
using Safeground.Core.Text;

namespace Safeground.Server.Public;

/// <summary>
/// The public map as one SVG drawn here: regions, released land, remaining hazardous land (confirmed and suspected)
/// and the find grid, each layer one path. Chosen over the web app's MapLibre map because it needs no script, no
/// WebGL and no fetch, so the page opens from file:// and prints; the price is no zoom and no basemap beyond the
/// stored regions. Polygons smaller than a pixel are drawn as a small square so that no hazard disappears.
/// </summary>
internal static class PublicMap
{
    public const int Width = 1000;
    private const double Dot = 2.5; // px: the least a hazard is drawn

    public static string Svg(PublicFigures figures)
    {
        var extent = new Envelope();
        foreach (var r in figures.Regions) extent.ExpandToInclude(r.Boundary.EnvelopeInternal);
        foreach (var h in figures.Hazards) extent.ExpandToInclude(h.Shape.EnvelopeInternal);
        foreach (var r in figures.Releases) extent.ExpandToInclude(r.Shape.EnvelopeInternal);
        if (extent.IsNull) extent = new Envelope(-1, 1, -1, 1);
        extent.ExpandBy(Math.Max(extent.Width, extent.Height) * 0.02 + 1e-6);
        // Equirectangular at the middle latitude: a country-sized view keeps its shape without a projection library.
        double kx = Math.Cos(extent.Centre.Y * Math.PI / 180), scale = Width / (extent.Width * kx);
        int height = (int)Math.Ceiling(extent.Height * scale);
        var p = new Projection(extent.MinX, extent.MaxY, scale * kx, scale);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"map-title\">");
        svg.Append("<title id=\"map-title\">").Append(WebUtility.HtmlEncode(Texts.Render("site.map.title"))).Append("</title>");
        Layer(svg, "regions", figures.Regions.Select(r => r.Boundary), p, dots: false);
        Layer(svg, "released", figures.Releases.Select(r => r.Shape), p, dots: true);
        Layer(svg, "suspected", figures.Hazards.Where(h => h.Class == HazardClass.Sha).Select(h => h.Shape), p, dots: true);
        Layer(svg, "confirmed", figures.Hazards.Where(h => h.Class != HazardClass.Sha).Select(h => h.Shape), p, dots: true);
        foreach (var c in figures.FindCells)
        {
            var (x, y) = p.At(c.West, c.South + Core.Publication.FindGrid.CellDegrees);
            var (x2, y2) = p.At(c.West + Core.Publication.FindGrid.CellDegrees, c.South);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"finds\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{x2 - x:0.#}\" height=\"{y2 - y:0.#}\"><title>")
                .Append(WebUtility.HtmlEncode(Texts.Render("site.map.cell", ("finds", c.Finds), ("items", c.Items)))).Append("</title></rect>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static void Layer(StringBuilder svg, string name, IEnumerable<Geometry> shapes, Projection p, bool dots)
    {
        var d = new StringBuilder();
        foreach (var shape in shapes)
            for (int i = 0; i < shape.NumGeometries; i++)
                if (shape.GetGeometryN(i) is Polygon { IsEmpty: false } polygon) Polygon(d, polygon, p, dots); // simplifying can empty a part (BiH's slivers)
        if (d.Length > 0) svg.Append("<path class=\"").Append(name).Append("\" d=\"").Append(d).Append("\"/>");
    }

    private static void Polygon(StringBuilder d, Polygon polygon, Projection p, bool dots)
    {
        var env = polygon.EnvelopeInternal;
        if (dots && (env.Width * p.Sx < Dot || env.Height * p.Sy < Dot))
        {
            var (cx, cy) = p.At(env.Centre.X, env.Centre.Y);
            d.Append(CultureInfo.InvariantCulture, $"M{cx - Dot / 2:0.#} {cy - Dot / 2:0.#}h{Dot}v{Dot}h-{Dot}z");
            return;
        }
        // Shells one way round, holes the other (NTS's normal form): with the nonzero rule overlapping hazards in one
        // path stay filled and holes stay open.
        var normal = (Polygon)polygon.Normalized();
        Ring(d, normal.ExteriorRing, p);
        foreach (var hole in normal.InteriorRings) Ring(d, hole, p);
    }

    private static void Ring(StringBuilder d, LineString ring, Projection p)
    {
        string? last = null;
        var seq = ring.CoordinateSequence;
        for (int i = 0; i < seq.Count; i++)
        {
            var (x, y) = p.At(seq.GetX(i), seq.GetY(i));
            var point = string.Create(CultureInfo.InvariantCulture, $"{x:0.#} {y:0.#}");
            if (point == last) continue; // the same pixel again: nothing to draw
            d.Append(last is null ? 'M' : 'L').Append(point);
            last = point;
        }
        d.Append('z');
    }

    private readonly record struct Projection(double West, double North, double Sx, double Sy)
    {
        public (double X, double Y) At(double lon, double lat) => ((lon - West) * Sx, (North - lat) * Sy);
    }
}
