using NetTopologySuite.Geometries;
using Safeground.Core.Storage;

namespace Safeground.Server.Tiles;

/// <summary>
/// Hazards too small to draw at a tile's zoom (every ring under <see cref="TileGeometry.MinRingArea"/>), counted
/// on a grid of cells instead: one point per cell at the mean position of its hazards, with how many, how many
/// are confirmed (CHA) and their remaining m². Zoomed out over a national programme most hazards are smaller
/// than a pixel; as polygons they made tiles of megabytes that drew as nothing, as cells they still say where it
/// is dangerous. Only hazards centred in the tile proper count, so each counts in one tile of a zoom.
/// </summary>
internal sealed class HazardCells(TileAddress tile)
{
    public const int PerSide = 128;
    private const int Size = TileAddress.Extent / PerSide;

    private readonly Dictionary<int, Cell> _cells = [];

    public void Add(MapFeature hazard)
    {
        string? status = null, hazardClass = null;
        double remaining = 0;
        foreach (var (key, value) in hazard.Attributes)
        {
            if (key == "status") status = value as string;
            else if (key == "class") hazardClass = value as string;
            else if (key == "remaining_m2") remaining = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (status == "closed") return; // nothing left to draw, as the map hides closed hazards
        Coordinate centre = hazard.Geometry.EnvelopeInternal.Centre;
        var (x, y) = tile.Project(centre.X, centre.Y);
        if (x < 0 || y < 0 || x >= TileAddress.Extent || y >= TileAddress.Extent) return;
        int key2 = (int)(y / Size) * PerSide + (int)(x / Size);
        if (!_cells.TryGetValue(key2, out var cell)) _cells[key2] = cell = new Cell();
        cell.Count++;
        if (hazardClass == "CHA") cell.Confirmed++;
        cell.RemainingM2 += remaining;
        cell.SumX += x;
        cell.SumY += y;
    }

    public void WriteTo(MvtLayerBuilder layer)
    {
        foreach (var (key, c) in _cells.OrderBy(k => k.Key))
        {
            layer.AddPoint((int)Math.Floor(c.SumX / c.Count), (int)Math.Floor(c.SumY / c.Count),
                [new("count", (long)c.Count), new("cha", (long)c.Confirmed), new("remaining_m2", Math.Round(c.RemainingM2, 1))], (ulong)key + 1);
        }
    }

    private sealed class Cell
    {
        public int Count;
        public int Confirmed;
        public double RemainingM2;
        public double SumX;
        public double SumY;
    }
}
