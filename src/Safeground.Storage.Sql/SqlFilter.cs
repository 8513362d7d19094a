using System.Globalization;

namespace Safeground.Storage.Sql;

/// <summary>
/// A WHERE clause and its positional parameters ($1, $2…); "{0}" in a condition is its parameter. A store adds its
/// own bounding-box condition (GeoPackage through the R-tree, PostGIS through the GiST index).
/// </summary>
public sealed class SqlFilter
{
    private readonly List<string> _conditions = [];

    public List<object?> Args { get; } = [];

    public string Where => _conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _conditions);

    public void Add(string condition, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var names = new object[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            Args.Add(values[i]);
            names[i] = "$" + Args.Count.ToString(CultureInfo.InvariantCulture);
        }
        _conditions.Add(string.Format(CultureInfo.InvariantCulture, condition, names));
    }

    /// <summary>" ORDER BY … LIMIT $n OFFSET $m" with the two values appended to the arguments.</summary>
    public string Page(string order, long limit, long offset)
    {
        Args.Add(Math.Max(0, limit));
        Args.Add(Math.Max(0, offset));
        int n = Args.Count;
        return string.Create(CultureInfo.InvariantCulture, $" ORDER BY {order} LIMIT ${n - 1} OFFSET ${n}");
    }
}
