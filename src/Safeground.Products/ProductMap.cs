using System.Globalization;
using NetTopologySuite.Geometries;
using SkiaSharp;
using NtsPoint = NetTopologySuite.Geometries.Point;

namespace Safeground.Products;

/// <summary>
/// A map for a product, drawn as vectors from Safeground's own WGS84 geometries (no tiles: a printed certificate must
/// not depend on a server being reachable, and its lines stay sharp). A local equirectangular projection about the
/// extent's centre is true enough for the few kilometres a hazard or a district's finds span. Draws a lon/lat frame,
/// a scale bar, a north arrow and a legend of the styles used.
/// </summary>
public sealed class ProductMap
{
    private const double MetresPerDegree = 6_371_008.8 * Math.PI / 180;
    private readonly List<(Geometry Geometry, MapStyle Style, string? Label)> items = [];
    private readonly List<Geometry> turningPoints = [];

    /// <summary>An area (polygon or multipolygon) filled and outlined in <paramref name="style"/>.</summary>
    public void Polygon(Geometry area, MapStyle style, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(style);
        if (!area.IsEmpty) items.Add((area, style, label));
    }

    /// <summary>A point (a find, an accident) as a marker in <paramref name="style"/>.</summary>
    public void Point(NtsPoint point, MapStyle style, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(style);
        if (!point.IsEmpty) items.Add((point, style, label));
    }

    /// <summary>The vertices of <paramref name="area"/>'s rings numbered 1..n, as <see cref="TurningPointsOf"/> lists them.</summary>
    public void TurningPoints(Geometry area)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (!area.IsEmpty) turningPoints.Add(area);
    }

    /// <summary>
    /// The turning points of an area in the order the map numbers them: each polygon's outer ring, then its holes,
    /// without the ring's closing repeat. A certificate's table of coordinates uses the same list.
    /// </summary>
    public static IReadOnlyList<Coordinate> TurningPointsOf(Geometry area)
    {
        ArgumentNullException.ThrowIfNull(area);
        var points = new List<Coordinate>();
        for (int g = 0; g < area.NumGeometries; g++)
        {
            if (area.GetGeometryN(g) is not Polygon polygon) continue;
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
                points.AddRange(ring.Coordinates.Take(Math.Max(0, ring.NumPoints - 1)));
        }
        return points;
    }

    internal void Draw(ProductDocument document, SKRect rect)
    {
        var canvas = document.Canvas;
        var fonts = document.Fonts;
        using var frame = new SKPaint { Color = ProductDocument.Ink, StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };
        using var background = new SKPaint { Color = new SKColor(0xFA, 0xFA, 0xF7), Style = SKPaintStyle.Fill };
        canvas.DrawRect(rect, background);
        var extent = new Envelope();
        foreach (var (geometry, _, _) in items) extent.ExpandToInclude(geometry.EnvelopeInternal);
        foreach (var geometry in turningPoints) extent.ExpandToInclude(geometry.EnvelopeInternal);
        if (extent.IsNull)
        {
            ProductText.Draw(canvas, fonts, Texts.Render("product.map.empty"), rect.MidX, rect.MidY, 9, false, ProductDocument.Muted, SKTextAlign.Center, document.RightToLeft);
            canvas.DrawRect(rect, frame);
            return;
        }
        var projection = Fit(extent, rect);
        canvas.Save();
        canvas.ClipRect(rect);
        DrawGrid(canvas, fonts, projection, rect, document.RightToLeft);
        foreach (var (geometry, style, _) in items.Where(i => i.Geometry is not NtsPoint))
            DrawArea(canvas, projection, geometry, style);
        foreach (var (geometry, style, _) in items.Where(i => i.Geometry is NtsPoint))
            DrawPoint(canvas, projection.Of(geometry.Coordinate), style);
        foreach (var (geometry, _, label) in items)
            if (label is not null)
            {
                var at = projection.Of(geometry is NtsPoint ? geometry.Coordinate : geometry.InteriorPoint.Coordinate);
                ProductText.Draw(canvas, fonts, label, at.X + (geometry is NtsPoint ? 5 : 0), at.Y - (geometry is NtsPoint ? 4 : 0), 7.5f, true, ProductDocument.Ink,
                    geometry is NtsPoint ? SKTextAlign.Left : SKTextAlign.Center, document.RightToLeft);
            }
        foreach (var area in turningPoints) DrawTurningPoints(canvas, fonts, projection, area, document.RightToLeft);
        ScaleBar(canvas, fonts, projection, rect, document.RightToLeft);
        NorthArrow(canvas, fonts, rect);
        Legend(canvas, fonts, rect, document.RightToLeft);
        canvas.Restore();
        canvas.DrawRect(rect, frame);
    }

    /// <summary>Degrees to page points: metres east and north of the centre, one scale for both, the extent fitted with a margin.</summary>
    private sealed record Projection(double Lon0, double Lat0, double CosLat, double Scale, float Cx, float Cy)
    {
        public SKPoint Of(Coordinate c) => new(
            (float)(Cx + (c.X - Lon0) * CosLat * MetresPerDegree * Scale),
            (float)(Cy - (c.Y - Lat0) * MetresPerDegree * Scale));

        public double Lon(float x) => Lon0 + (x - Cx) / (Scale * CosLat * MetresPerDegree);

        public double Lat(float y) => Lat0 - (y - Cy) / (Scale * MetresPerDegree);
    }

    private static Projection Fit(Envelope extent, SKRect rect)
    {
        double lon0 = extent.Centre.X, lat0 = extent.Centre.Y;
        double cos = Math.Cos(lat0 * Math.PI / 180);
        // A point alone, or a sliver, still gets a few hundred metres around it.
        double widthM = Math.Max(extent.Width * cos * MetresPerDegree, 300);
        double heightM = Math.Max(extent.Height * MetresPerDegree, 300);
        // Room for the legend below and the frame's labels: the geometry takes the middle 75 % of the map.
        double scale = Math.Min(rect.Width * 0.8 / widthM, rect.Height * 0.7 / heightM);
        return new Projection(lon0, lat0, cos, scale, rect.MidX, rect.MidY - rect.Height * 0.04f);
    }

    private static void DrawArea(SKCanvas canvas, Projection projection, Geometry geometry, MapStyle style)
    {
        using var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        for (int g = 0; g < geometry.NumGeometries; g++)
        {
            var part = geometry.GetGeometryN(g);
            IEnumerable<LineString> rings = part is Polygon p ? new[] { p.ExteriorRing }.Concat(p.InteriorRings) : part is LineString l ? [l] : [];
            foreach (var ring in rings)
            {
                var points = ring.Coordinates.Select(projection.Of).ToArray();
                if (points.Length == 0) continue;
                path.AddPoly(points, close: part is Polygon);
            }
        }
        using var fill = new SKPaint { Color = style.Fill, Style = SKPaintStyle.Fill, IsAntialias = true };
        using var stroke = new SKPaint { Color = style.Stroke, StrokeWidth = 0.9f, IsStroke = true, IsAntialias = true };
        canvas.DrawPath(path, fill);
        canvas.DrawPath(path, stroke);
    }

    private static void DrawPoint(SKCanvas canvas, SKPoint at, MapStyle style)
    {
        using var fill = new SKPaint { Color = style.Fill, Style = SKPaintStyle.Fill, IsAntialias = true };
        using var stroke = new SKPaint { Color = style.Stroke, StrokeWidth = 0.8f, IsStroke = true, IsAntialias = true };
        canvas.DrawCircle(at, 3.2f, fill);
        canvas.DrawCircle(at, 3.2f, stroke);
    }

    private static void DrawTurningPoints(SKCanvas canvas, ProductFontSet fonts, Projection projection, Geometry area, bool rightToLeft)
    {
        var centre = projection.Of(area.Centroid.Coordinate);
        using var dot = new SKPaint { Color = ProductDocument.Ink, Style = SKPaintStyle.Fill, IsAntialias = true };
        var points = TurningPointsOf(area);
        for (int i = 0; i < points.Count; i++)
        {
            var at = projection.Of(points[i]);
            canvas.DrawCircle(at, 1.6f, dot);
            // The number outside the area, away from its centre, so it does not sit on the boundary line.
            var away = new SKPoint(at.X - centre.X, at.Y - centre.Y);
            float length = Math.Max(away.Length, 0.001f);
            var label = new SKPoint(at.X + away.X / length * 7, at.Y + away.Y / length * 7 + 2.5f);
            ProductText.Draw(canvas, fonts, (i + 1).ToString(CultureInfo.InvariantCulture), label.X, label.Y, 7, true, ProductDocument.Ink, SKTextAlign.Center, rightToLeft);
        }
    }

    private static void DrawGrid(SKCanvas canvas, ProductFontSet fonts, Projection projection, SKRect rect, bool rightToLeft)
    {
        using var grid = new SKPaint { Color = new SKColor(0xDD, 0xDD, 0xDD), StrokeWidth = 0.3f, IsStroke = true };
        double lonFrom = projection.Lon(rect.Left), lonTo = projection.Lon(rect.Right);
        double latFrom = projection.Lat(rect.Bottom), latTo = projection.Lat(rect.Top);
        double step = NiceStep(Math.Max(lonTo - lonFrom, latTo - latFrom) / 4);
        int decimals = Math.Clamp((int)Math.Ceiling(-Math.Log10(step)), 0, 6);
        string format = "0." + new string('0', decimals);
        for (double lon = Math.Ceiling(lonFrom / step) * step; lon < lonTo; lon += step)
        {
            float x = projection.Of(new Coordinate(lon, projection.Lat0)).X;
            canvas.DrawLine(x, rect.Top, x, rect.Bottom, grid);
            if (x < rect.Right - 40) ProductText.Draw(canvas, fonts, lon.ToString(format, CultureInfo.InvariantCulture) + "°", x + 1.5f, rect.Top + 7, 6, false, ProductDocument.Muted, SKTextAlign.Left, rightToLeft);
        }
        for (double lat = Math.Ceiling(latFrom / step) * step; lat < latTo; lat += step)
        {
            float y = projection.Of(new Coordinate(projection.Lon0, lat)).Y;
            canvas.DrawLine(rect.Left, y, rect.Right, y, grid);
            if (y > rect.Top + 14) ProductText.Draw(canvas, fonts, lat.ToString(format, CultureInfo.InvariantCulture) + "°", rect.Left + 2, y - 1.5f, 6, false, ProductDocument.Muted, SKTextAlign.Left, rightToLeft);
        }
    }

    private static void ScaleBar(SKCanvas canvas, ProductFontSet fonts, Projection projection, SKRect rect, bool rightToLeft)
    {
        double metres = NiceStep(rect.Width / 5 / projection.Scale);
        float length = (float)(metres * projection.Scale);
        float x = rect.Right - 10 - length, y = rect.Bottom - 10;
        using var bar = new SKPaint { Color = ProductDocument.Ink, StrokeWidth = 1.2f, IsStroke = true };
        canvas.DrawLine(x, y, x + length, y, bar);
        canvas.DrawLine(x, y - 3, x, y + 1, bar);
        canvas.DrawLine(x + length, y - 3, x + length, y + 1, bar);
        var text = metres >= 1000
            ? Texts.Render("product.map.km", ("value", (metres / 1000).ToString("0.##", Texts.Culture)))
            : Texts.Render("product.map.m", ("value", metres.ToString("0", Texts.Culture)));
        ProductText.Draw(canvas, fonts, text, x + length / 2, y - 4, 7, false, ProductDocument.Ink, SKTextAlign.Center, rightToLeft);
    }

    private static void NorthArrow(SKCanvas canvas, ProductFontSet fonts, SKRect rect)
    {
        float x = rect.Right - 14, y = rect.Top + 12;
        using var path = new SKPath();
        path.MoveTo(x, y);
        path.LineTo(x - 4, y + 12);
        path.LineTo(x, y + 9);
        path.LineTo(x + 4, y + 12);
        path.Close();
        using var fill = new SKPaint { Color = ProductDocument.Ink, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawPath(path, fill);
        ProductText.Draw(canvas, fonts, Texts.Render("product.map.north"), x, y + 21, 7, true, ProductDocument.Ink, SKTextAlign.Center, false);
    }

    private void Legend(SKCanvas canvas, ProductFontSet fonts, SKRect rect, bool rightToLeft)
    {
        var styles = items.Select(i => (i.Style, IsPoint: i.Geometry is NtsPoint)).DistinctBy(s => s.Style.Name).ToList();
        bool numbered = turningPoints.Count > 0;
        if (styles.Count == 0 && !numbered) return;
        const float size = 7f, line = 10f;
        var names = styles.Select(s => s.Style.Name).ToList();
        if (numbered) names.Add(Texts.Render("product.map.turning-points"));
        float width = names.Max(n => ProductText.Measure(n, size, false)) + 20;
        float height = names.Count * line + 6;
        float left = rect.Left + 8;
        var box = SKRect.Create(left, rect.Bottom - 8 - height, width, height);
        using var fill = new SKPaint { Color = new SKColor(0xFF, 0xFF, 0xFF, 0xE6), Style = SKPaintStyle.Fill };
        using var border = new SKPaint { Color = ProductDocument.Rule, StrokeWidth = 0.4f, IsStroke = true };
        canvas.DrawRect(box, fill);
        canvas.DrawRect(box, border);
        float y = box.Top + 3;
        foreach (var (style, isPoint) in styles)
        {
            float swatchX = rightToLeft ? box.Right - 12 : box.Left + 4;
            if (isPoint) DrawPoint(canvas, new SKPoint(swatchX + 4, y + line / 2), style);
            else
            {
                using var f = new SKPaint { Color = style.Fill, Style = SKPaintStyle.Fill };
                using var s = new SKPaint { Color = style.Stroke, StrokeWidth = 0.8f, IsStroke = true };
                var swatch = SKRect.Create(swatchX, y + 2, 8, 6);
                canvas.DrawRect(swatch, f);
                canvas.DrawRect(swatch, s);
            }
            ProductText.Draw(canvas, fonts, style.Name, rightToLeft ? box.Right - 16 : box.Left + 16, y + line - 2.5f, size, false, ProductDocument.Ink,
                rightToLeft ? SKTextAlign.Right : SKTextAlign.Left, rightToLeft);
            y += line;
        }
        if (numbered)
        {
            float swatchX = rightToLeft ? box.Right - 8 : box.Left + 8;
            using var dot = new SKPaint { Color = ProductDocument.Ink, Style = SKPaintStyle.Fill, IsAntialias = true };
            canvas.DrawCircle(swatchX, y + line / 2, 1.6f, dot);
            ProductText.Draw(canvas, fonts, names[^1], rightToLeft ? box.Right - 16 : box.Left + 16, y + line - 2.5f, size, false, ProductDocument.Ink,
                rightToLeft ? SKTextAlign.Right : SKTextAlign.Left, rightToLeft);
        }
    }

    /// <summary>1, 2 or 5 times a power of ten, near <paramref name="rough"/>.</summary>
    private static double NiceStep(double rough)
    {
        if (rough <= 0 || double.IsNaN(rough)) return 1;
        double power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double f = rough / power;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * power;
    }
}
