using System.Text;
using System.Text.Json;

namespace Safeground.Cli.Tests;

/// <summary>
/// A bad value in one feature is that feature's rejection, named by its line or feature number, and the rest of the
/// file imports: never "unexpected error" for the whole file, never a value silently clamped or mapped to another.
/// </summary>
public class ImportBadFeatureTests
{
    private static (long Imported, List<string> Issues) Import(string dir, params string[] args)
    {
        var r = CliRun.Run(dir, ["import", .. args, "--json"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var issues = doc.RootElement.GetProperty("issues").EnumerateArray()
            .Select(i => i.GetProperty("where").GetString() + ": " + i.GetProperty("message").GetString()).ToList();
        return (doc.RootElement.GetProperty("imported").GetInt64(), issues);
    }

    private static void Has(List<string> issues, string start, string words)
    {
        Assert.True(issues.Exists(i => i.StartsWith(start, StringComparison.Ordinal) && i.Contains(words, StringComparison.Ordinal)),
            $"no issue '{start}…{words}…' in:\n{string.Join("\n", issues)}");
    }

    [Fact]
    public void Csv_finds_with_unknown_words_and_out_of_range_numbers_are_rejected_by_line_and_the_rest_imports()
    {
        using var dir = new TempDir();
        var csv = new MemoryStream();
        void Line(string s) => csv.Write(Encoding.UTF8.GetBytes(s + "\n"));
        Line("lon,lat,category,model,quantity,depth_cm,condition,disposal");
        Line("36.5,49.9,ap mine,PMN-2,1,10,intact,destroyed");          // 2: good
        Line("36.5,49.9,ap mine,PMN-2,1,10,wobbly,destroyed");          // 3: unknown condition
        Line("36.5,49.9,ap mine,PMN-2,1,10,intact,sold");               // 4: unknown disposal
        Line("36.5,49.9,ap mine,PMN-2,1,10,42,destroyed");              // 5: a number where a word belongs
        Line("36.5,49.9,ap mine,PMN-2,1,1e308,intact,destroyed");       // 6: depth out of range
        Line("36.5,49.9,ap mine,PMN-2,-3,10,intact,destroyed");         // 7: negative count
        Line("36.5,49.9,7,PMN-2,1,10,intact,destroyed");                // 8: a number as category
        csv.Write("36.5,49.9,ap mine,PMN-"u8);                           // 9: invalid UTF-8 in the model
        csv.Write([0xC3, 0x28, 0xFF]);
        csv.Write(",1,10,intact,destroyed\n"u8);
        Line("36.6,49.8,uxo,,2,-1,damaged,removed");                    // 10: negative depth
        Line("36.7,49.7,uxo,M-75,3,,damaged,removed");                  // 11: good
        File.WriteAllBytes(dir.File("finds.csv"), csv.ToArray());

        var (imported, issues) = Import(dir.Path, "finds.csv", "--store", "f.gpkg", "--as", "finds");
        Assert.Equal(2, imported);
        Has(issues, "line 3: ", "condition 'wobbly'");
        Has(issues, "line 4: ", "disposal 'sold'");
        Has(issues, "line 5: ", "condition '42'");
        Has(issues, "line 6: ", "depth 1e308");
        Has(issues, "line 7: ", "quantity '-3'");
        Has(issues, "line 8: ", "EO category '7'");
        Has(issues, "line 9: ", "column \"model\": not valid UTF-8");
        Has(issues, "line 10: ", "depth -1");
        Assert.Equal(8, issues.Count);
    }

    [Fact]
    public void Geojson_features_with_invalid_utf8_or_a_lone_surrogate_are_rejected_by_feature_and_the_rest_imports()
    {
        using var dir = new TempDir();
        var json = new MemoryStream();
        json.Write("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[36.5,49.9]},"properties":{"category":"uxo","model":"ok"}},"""u8);
        json.Write("""{"type":"Feature","geometry":{"type":"Point","coordinates":[36.5,49.9]},"properties":{"category":"uxo","model":"bad"""u8);
        json.Write([0xFF, 0xFE]);
        json.Write("\"}},"u8);
        json.Write("""{"type":"Feature","geometry":{"type":"Point","coordinates":[36.5,49.9]},"properties":{"category":"uxo","model":"\ud800"}},"""u8);
        json.Write("""{"type":"Feature","geometry":{"type":"Point","coordinates":[36.5,49.9]},"properties":{"category":"uxo","note":{"x":"a"""u8);
        json.Write([0xC0]);
        json.Write("\"}}},"u8);
        json.Write("""{"type":"Feature","geometry":{"type":"Point","coordinates":[36.6,49.8]},"properties":{"category":"uxo","model":"Ünïcode ok"}}]}"""u8);
        File.WriteAllBytes(dir.File("finds.geojson"), json.ToArray());

        var (imported, issues) = Import(dir.Path, "finds.geojson", "--store", "f.gpkg", "--as", "finds");
        Assert.Equal(2, imported);
        Has(issues, "feature 1: ", "property \"model\": not valid UTF-8");
        Has(issues, "feature 2: ", "property \"model\": not valid UTF-8");
        Has(issues, "feature 3: ", "property \"note\": not valid UTF-8");
        Assert.Equal(3, issues.Count);
    }

    [Fact]
    public void Hazards_with_an_unknown_class_a_repeated_id_or_a_globe_spanning_polygon_are_rejected_by_feature()
    {
        using var dir = new TempDir();
        static string F(string props, string ring) =>
            "{\"type\":\"Feature\",\"properties\":{" + props + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
        const string Square = "[[36.1,49.1],[36.2,49.1],[36.2,49.2],[36.1,49.2],[36.1,49.1]]";
        const string Square2 = "[[36.3,49.1],[36.4,49.1],[36.4,49.2],[36.3,49.2],[36.3,49.1]]";
        const string Square3 = "[[36.5,49.1],[36.6,49.1],[36.6,49.2],[36.5,49.2],[36.5,49.1]]";
        var features = new[]
        {
            F("\"id\":\"H1\",\"class\":\"CHA\"", Square),                                    // 0: good
            F("\"id\":\"H2\",\"class\":\"banana\"", Square2),                                // 1: unknown class
            F("\"id\":\"H1\",\"class\":\"SHA\"", Square3),                                   // 2: id of feature 0
            F("\"id\":\"H3\"", "[[-180,-90],[180,-90],[180,90],[-180,90],[-180,-90]]"),      // 3: the whole world
            F("\"id\":\"H4\"", "[[-170,10],[170,10],[170,20],[-170,20],[-170,10]]"),         // 4: the long way round
            F("\"id\":\"H5\",\"class\":\"Suspected Minefield\"", Square2),                   // 5: good
        };
        File.WriteAllText(dir.File("hazards.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", features) + "]}");

        var (imported, issues) = Import(dir.Path, "hazards.geojson", "--store", "h.gpkg", "--as", "hazards");
        Assert.Equal(2, imported);
        Has(issues, "feature 1: ", "class 'banana'");
        Has(issues, "feature 2: ", "hazard id H1 is already used by feature 0");
        Has(issues, "feature 3: ", "360° of longitude");
        Has(issues, "feature 4: ", "340° of longitude");
        Assert.Equal(4, issues.Count);
    }
}
