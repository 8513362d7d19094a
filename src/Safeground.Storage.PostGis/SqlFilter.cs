using System.Globalization;
using NetTopologySuite.Geometries;

namespace Safeground.Storage.PostGis;

/// <summary>A WHERE clause and its positional parameters ($1, $2…); "{0}" in a condition is its parameter.</summary>
internal sealed class SqlFilter
{
    private readonly List<string> _conditions = [];

    public List<object?> Args { get; } = [];

    public string Where => _conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _conditions);

    public void Add(string condition, params object[] values)
    {
        var names = new object[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            Args.Add(values[i]);
            names[i] = "$" + Args.Count.ToString(CultureInfo.InvariantCulture);
        }
        _conditions.Add(string.Format(CultureInfo.InvariantCulture, condition, names));
    }

    /// <summary>Bounding boxes that meet <paramref name="box"/>, through the GiST index (as the GeoPackage's R-tree does).</summary>
    public void AddBox(string geometryColumn, Envelope box) =>
        Add(geometryColumn + " && ST_MakeEnvelope({0}, {1}, {2}, {3}, 4326)", box.MinX, box.MinY, box.MaxX, box.MaxY);

    /// <summary>" ORDER BY … LIMIT $n OFFSET $m" with the two values appended to the arguments.</summary>
    public string Page(string order, long limit, long offset)
    {
        Args.Add(Math.Max(0, limit));
        Args.Add(Math.Max(0, offset));
        int n = Args.Count;
        return string.Create(CultureInfo.InvariantCulture, $" ORDER BY {order} LIMIT ${n - 1} OFFSET ${n}");
    }
}
