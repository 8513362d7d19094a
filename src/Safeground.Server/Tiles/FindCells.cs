using Safeground.Core.Storage;

namespace Safeground.Server.Tiles;

/// <summary>
/// Finds counted on a grid of cells over one tile (low zoom): each cell with finds becomes one point at
/// the mean position of its finds, with the number of finds and the number per category. Only finds inside
/// the tile proper are counted, so every find counts in exactly one tile of a zoom.
/// </summary>
internal sealed class FindCells(TileAddress tile)
{
    public const int PerSide = 64;
    private const int Size = TileAddress.Extent / PerSide;
    private static readonly int Categories = TileLayer.CategoryFields.Count;

    private readonly int[] _counts = new int[PerSide * PerSide];
    private readonly int[] _byCategory = new int[PerSide * PerSide * Categories];
    private readonly double[] _sumX = new double[PerSide * PerSide], _sumY = new double[PerSide * PerSide];

    public void Add(FindPoint find)
    {
        var (x, y) = tile.Project(find.Lon, find.Lat);
        if (x < 0 || y < 0 || x >= TileAddress.Extent || y >= TileAddress.Extent) return;
        int cell = (int)(y / Size) * PerSide + (int)(x / Size);
        _counts[cell]++;
        _byCategory[cell * Categories + (int)find.Category]++;
        _sumX[cell] += x;
        _sumY[cell] += y;
    }

    public void WriteTo(MvtLayerBuilder layer)
    {
        for (int cell = 0; cell < _counts.Length; cell++)
        {
            int n = _counts[cell];
            if (n == 0) continue;
            var attributes = new List<KeyValuePair<string, object>>(Categories + 1) { new("count", (long)n) };
            for (int c = 0; c < Categories; c++) attributes.Add(new(TileLayer.CategoryFields[c], (long)_byCategory[cell * Categories + c]));
            layer.AddPoint((int)Math.Floor(_sumX[cell] / n), (int)Math.Floor(_sumY[cell] / n), attributes, (ulong)cell + 1);
        }
    }
}
