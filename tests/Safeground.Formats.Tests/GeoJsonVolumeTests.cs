using System.Diagnostics;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;
using Safeground.Formats.GeoJson;

namespace Safeground.Formats.Tests;

public class GeoJsonVolumeTests(ITestOutputHelper output)
{
    [Fact]
    public void Two_hundred_thousand_points_stream_through()
    {
        string dir = TestData.TempDir();
        try
        {
            string path = Path.Combine(dir, "points.geojson");
            PointFile.Write(path, 200_000);

            var clock = Stopwatch.StartNew();
            long count = 0;
            long last = -1;
            long bad = 0;
            foreach (var feature in GeoJsonFeatureReader.Read(path))
            {
                bad += feature.ReadError is null && feature.Geometry is Point ? 0 : 1;
                last = feature.Index;
                count++;
            }

            clock.Stop();
            Assert.Equal(200_000, count);
            Assert.Equal(0, bad);
            Assert.Equal(199_999, last);
            output.WriteLine($"{count} points in {clock.ElapsedMilliseconds} ms: {count / clock.Elapsed.TotalSeconds:N0} features/s ({new FileInfo(path).Length / 1e6:N1} MB)");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
