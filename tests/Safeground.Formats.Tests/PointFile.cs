using System.Globalization;
using System.Text;

namespace Safeground.Formats.Tests;

/// <summary>Writes a big FeatureCollection of points, shaped like a field export, for volume tests.</summary>
internal static class PointFile
{
    public static void Write(string path, int count)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        var random = new Random(42);
        for (int i = 0; i < count; i++)
        {
            double lon = 15.7 + (random.NextDouble() * 3.5);
            double lat = 42.5 + (random.NextDouble() * 2.7);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{{\"type\":\"Feature\",\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{lon},{lat}]}},\"properties\":{{\"find_id\":\"F-{i}\",\"category\":\"ap-mine\",\"quantity\":{1 + (i % 5)},\"depth_cm\":{i % 30}}}}}"));
            writer.Write(i + 1 < count ? ",\n" : "\n");
        }

        writer.Write("]}\n");
    }
}
