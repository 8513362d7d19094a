using System.Text.Json;

namespace Safeground.Cli.Tests;

/// <summary>
/// <c>import FILE --as incidents</c> on BiH's public incident points (1,442 points, map sheet only, no dates): refused
/// feature by feature without <c>--date</c>, imported with it, every feature accounted for, a second import writes nothing.
/// </summary>
public class IncidentImportCommandTests
{
    private static readonly string Incidents = SharedData.File("bih", "incidents.geojson");

    private static JsonElement Json(CliResult r)
    {
        using var doc = JsonDocument.Parse(r.Stdout);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void BiH_incident_points_without_a_date_are_refused_each_by_name_and_nothing_is_written()
    {
        using var dir = new TempDir();
        var r = CliRun.Run(dir.Path, "import", Incidents, "--store", "bih.gpkg", "--as", "incidents", "--json");
        Assert.True(r.ExitCode == 1, r.ToString());
        var s = Json(r);
        Assert.Equal((1442, 0, 1442), (s.GetProperty("read").GetInt64(), s.GetProperty("imported").GetInt64(), s.GetProperty("rejected").GetInt64()));
        var issues = s.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(1442, issues.Count);
        Assert.Equal("feature 0", issues[0].GetProperty("where").GetString());
        Assert.All(issues, i => Assert.Equal("no date (a field date or incident_date), and no --date for the whole file", i.GetProperty("message").GetString()));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.gpkg*"));
    }

    [Fact]
    public void BiH_incident_points_import_with_a_date_for_the_file_every_feature_accounted_for_and_again_writes_nothing()
    {
        using var dir = new TempDir();
        var hazards = CliRun.Run(dir.Path, "import", SharedData.File("bih", "suspect_areas.geojson"), "--store", "bih.gpkg", "--date", "2024-01-15");
        Assert.True(hazards.ExitCode == 0, hazards.ToString());

        var r = CliRun.Run(dir.Path, "import", Incidents, "--store", "bih.gpkg", "--as", "incidents", "--date", "2024-06-01", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var s = Json(r);
        long read = s.GetProperty("read").GetInt64(), imported = s.GetProperty("imported").GetInt64(), rejected = s.GetProperty("rejected").GetInt64();
        Assert.Equal(1442, read);
        Assert.Equal(read, imported + rejected);
        // 202 points repeat an earlier point of the same map sheet exactly (measured): one incident listed twice, named.
        Assert.Equal((1240L, 202L), (imported, rejected));
        var refused = s.GetProperty("issues").EnumerateArray().Where(i => i.GetProperty("outcome").GetString() == "rejected").ToList();
        Assert.Equal(202, refused.Count);
        Assert.All(refused, i => Assert.StartsWith("the same incident as feature ", i.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Contains(refused, i => i.GetProperty("where").GetString() == "feature 9"
            && i.GetProperty("message").GetString()!.StartsWith("the same incident as feature 5 (report INC-", StringComparison.Ordinal));
        long inHazards = s.GetProperty("inHazards").GetInt64();
        Assert.True(inHazards > 0, "some incident points lie in a suspect area");
        Assert.Equal((imported, 0L), (s.GetProperty("reports").GetInt64(), s.GetProperty("heldBack").GetInt64()));

        var again = CliRun.Run(dir.Path, "import", Incidents, "--store", "bih.gpkg", "--as", "incidents", "--date", "2024-06-01", "--json");
        Assert.True(again.ExitCode == 0, again.ToString()); // every feature is accounted for: nothing new is no failure
        var a = Json(again);
        Assert.Equal((0L, 1240L, 202L), (a.GetProperty("imported").GetInt64(), a.GetProperty("alreadyImported").GetInt64(), a.GetProperty("rejected").GetInt64()));

        var plain = CliRun.Run(dir.Path, "import", Incidents, "--store", "bih.gpkg", "--as", "incidents", "--date", "2024-06-01");
        Assert.Contains("Imported 0 casualty incidents of 1,442 features from incidents.geojson into bih.gpkg", plain.Stdout, StringComparison.Ordinal);
        Assert.Contains("already imported:  1,240", plain.Stdout, StringComparison.Ordinal);
    }
}
