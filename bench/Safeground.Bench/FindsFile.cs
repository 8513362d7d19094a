using System.Globalization;
using System.Text;

namespace Safeground.Bench;

/// <summary>
/// Writes a GeoJSON FeatureCollection of EO find points like a field-form export: category,
/// model, quantity, depth, condition and disposal per find, scattered over eastern Ukraine. Seeded.
/// </summary>
public static class FindsFile
{
    private static readonly (string Category, string Model)[] Kinds =
    [
        ("ap-mine", "PMN-2"), ("ap-mine", "PFM-1"), ("at-mine", "TM-62M"), ("uxo", "VOG-17"),
        ("uxo", "122mm HE"), ("submunition", "9N210"), ("ied", ""), ("small-arms-ammunition", "7.62x39"), ("axo", "152mm HE"),
    ];

    public static void Write(string path, int count)
    {
        var rng = new Random(42);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < count; i++)
        {
            var (category, model) = Kinds[rng.Next(Kinds.Length)];
            if (i > 0) w.Write(",\n");
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"{{\"type\":\"Feature\",\"properties\":{{\"category\":\"{category}\",\"model\":\"{model}\",\"quantity\":{1 + rng.Next(3)},\"depth_cm\":{rng.Next(0, 35)},\"condition\":\"intact\",\"disposal\":\"destroyed in situ\"}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{34 + rng.NextDouble() * 5:0.0000000},{46.5 + rng.NextDouble() * 4:0.0000000}]}}}}"));
        }
        w.Write("\n]}\n");
    }
}
