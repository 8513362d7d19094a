using System.Text.Json;

namespace Safeground.Cli.Tests;

/// <summary>
/// <c>import FILE --as releases --by ADMIN</c>: past land release from a GeoJSON file as IMSMA exports it, the summary as a
/// table and as JSON, a dry run, a second import, the audit line, and <c>status --as-of</c> before and after the dates.
/// </summary>
public class ImportReleasesTests
{
    private static string Box(string properties, double west, double south, double side) => $$"""
        { "type": "Feature", "properties": { {{properties}} }, "geometry": { "type": "Polygon", "coordinates": [[[{{west}}, {{south}}], [{{west + side}}, {{south}}], [{{west + side}}, {{south + side}}], [{{west}}, {{south + side}}], [{{west}}, {{south}}]]] } }
        """;

    private static JsonElement Status(string dir, params string[] more)
    {
        var r = CliRun.Run(dir, ["status", "--store", "s.gpkg", "--json", .. more]);
        Assert.True(r.ExitCode == 0, r.ToString());
        return JsonDocument.Parse(r.Stdout).RootElement.GetProperty("total").Clone();
    }

    private static TempDir Store()
    {
        var dir = new TempDir();
        File.WriteAllText(dir.File("hazards.geojson"), $$"""
            { "type": "FeatureCollection", "features": [
            {{Box("\"id\": \"HA-1\", \"date\": \"2020-01-10\"", 18.0, 44.0, 0.01)}},
            {{Box("\"id\": \"HA-2\", \"date\": \"2020-01-10\"", 18.01, 44.0, 0.01)}}
            ] }
            """);
        Assert.Equal(0, CliRun.Run(dir.Path, "import", "hazards.geojson", "--as", "hazards", "--store", "s.gpkg").ExitCode);
        var admin = CliRun.RunWithInput(dir.Path, "a long enough password 123\n", "user", "add", "admin", "--role", "admin", "--password-stdin", "--store", "s.gpkg");
        Assert.True(admin.ExitCode == 0, admin.ToString());
        File.WriteAllText(dir.File("history.geojson"), $$"""
            { "type": "FeatureCollection", "features": [
            {{Box("\"land_release_type\": \"Cancelled\", \"date\": \"2021-05-04\", \"organisation\": \"NPA\"", 18.0, 44.0, 0.005)}},
            {{Box("\"land_release_type\": \"Cleared\", \"date\": \"2022-08-01\"", 18.0075, 44.005, 0.005)}},
            {{Box("\"land_release_type\": \"Reduced\", \"date\": \"2021-06-01\"", 19.0, 44.0, 0.01)}},
            {{Box("\"land_release_type\": \"Reduced\"", 18.015, 44.0, 0.004)}}
            ] }
            """);
        return dir;
    }

    [Fact]
    public void Past_releases_are_imported_once_dated_on_their_days_and_summarised()
    {
        using var dir = Store();
        var before = Status(dir.Path).ToString();

        var dry = CliRun.Run(dir.Path, "import", "history.geojson", "--as", "releases", "--by", "admin", "--store", "s.gpkg", "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Contains("dry run, nothing kept", dry.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Status(dir.Path).ToString());

        var r = CliRun.Run(dir.Path, "import", "history.geojson", "--as", "releases", "--by", "admin", "--store", "s.gpkg", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var s = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(4, s.GetProperty("read").GetInt64());
        var outcomes = s.GetProperty("outcomes");
        Assert.Equal(1, outcomes.GetProperty("applied").GetInt64());
        Assert.Equal(1, outcomes.GetProperty("split").GetInt64());
        Assert.Equal(1, outcomes.GetProperty("outside").GetInt64());
        Assert.Equal(1, outcomes.GetProperty("refused").GetInt64());
        Assert.Equal(["applied", "split", "outside", "refused"], s.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("outcome").GetString()));
        Assert.Equal("no date (a field date, date_of_information or release_date)", s.GetProperty("features")[3].GetProperty("reason").GetString());

        // The figures status gives are the import's, on the import's dates and not before.
        var total = Status(dir.Path);
        Assert.Equal(s.GetProperty("releasedM2").GetProperty("cancelled").GetDouble(), total.GetProperty("cancelledM2").GetDouble(), 3);
        Assert.Equal(s.GetProperty("releasedM2").GetProperty("cleared").GetDouble(), total.GetProperty("clearedM2").GetDouble(), 3);
        double original = total.GetProperty("originalM2").GetDouble();
        Assert.InRange(total.GetProperty("cancelledM2").GetDouble() + total.GetProperty("reducedM2").GetDouble() + total.GetProperty("clearedM2").GetDouble()
            + total.GetProperty("remainingM2").GetDouble() - original, -1, 1);
        Assert.Equal(0, Status(dir.Path, "--as-of", "2021-05-03").GetProperty("cancelledM2").GetDouble());
        Assert.True(Status(dir.Path, "--as-of", "2021-05-04").GetProperty("cancelledM2").GetDouble() > 0);
        Assert.Equal(0, Status(dir.Path, "--as-of", "2022-07-31").GetProperty("clearedM2").GetDouble());

        // Again: nothing changes.
        var after = Status(dir.Path).ToString();
        var again = CliRun.Run(dir.Path, "import", "history.geojson", "--as", "releases", "--by", "admin", "--store", "s.gpkg");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("already imported", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("split across hazards", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(after, Status(dir.Path).ToString());

        using var store = Storage.GeoPackage.GeoPackageStore.Open(dir.File("s.gpkg"), create: false);
        var audit = store.AuditLog(0, 100).Items.Where(a => a.Action == "import releases").ToList();
        Assert.Equal(2, audit.Count); // the two imports; the dry run kept nothing, not even its line
        Assert.All(audit, a => Assert.Equal(("admin", 0, "history.geojson"), (a.Username, a.Status, a.TargetId)));
    }

    [Fact]
    public void Releases_need_an_admin_and_a_refused_import_keeps_nothing()
    {
        using var dir = Store();
        var before = Status(dir.Path).ToString();
        var none = CliRun.Run(dir.Path, "import", "history.geojson", "--as", "releases", "--store", "s.gpkg");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("--by USERNAME", none.Stderr + none.Stdout, StringComparison.Ordinal);
        var viewer = CliRun.RunWithInput(dir.Path, "a long enough password 123\n", "user", "add", "v", "--role", "viewer", "--password-stdin", "--store", "s.gpkg");
        Assert.Equal(0, viewer.ExitCode);
        var refused = CliRun.Run(dir.Path, "import", "history.geojson", "--as", "releases", "--by", "v", "--store", "s.gpkg");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("cannot import past land release", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Status(dir.Path).ToString());
    }
}
