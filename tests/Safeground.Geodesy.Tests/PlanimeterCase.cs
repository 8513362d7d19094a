using System.Globalization;
using System.Text.Json;

namespace Safeground.Geodesy.Tests;

/// <summary>One oracle polygon of planimeter-cases.json (see make-planimeter-cases.sh).</summary>
public sealed record PlanimeterCase(string Description, string Wkt, double Area)
{
    public static IReadOnlyList<PlanimeterCase> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "planimeter-cases.json");
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<PlanimeterCase>();
        foreach (JsonElement e in doc.RootElement.EnumerateArray())
        {
            cases.Add(new PlanimeterCase(
                e.GetProperty("description").GetString()!,
                e.GetProperty("wkt").GetString()!,
                e.GetProperty("area").GetDouble()));
        }

        return cases;
    }

    /// <summary>The accuracy contract: 0.01 m² plus 1e-9 of the area.</summary>
    public static double Tolerance(double area) => 0.01 + 1e-9 * Math.Abs(area);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Description}: {Area} m²");
}
