using System.Text;
using Safeground.Core.Import;
using Safeground.Formats.GeoJson;

namespace Safeground.Formats.Tests;

/// <summary>Reads GeoJSON text through the streaming reader, with a given buffer size.</summary>
internal static class GeoJsonRead
{
    public static List<SourceFeature> Text(string json, int bufferSize = 64 * 1024, string name = "test.geojson")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return GeoJsonFeatureReader.Read(stream, name, bufferSize).ToList();
    }

    public static SourceFeature One(string featureJson, int bufferSize = 64 * 1024) =>
        Assert.Single(Text("{\"type\":\"FeatureCollection\",\"features\":[" + featureJson + "]}", bufferSize));
}
