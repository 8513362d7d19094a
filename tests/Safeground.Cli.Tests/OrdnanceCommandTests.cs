using System.Text.Json;
using Safeground.Core.Access;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Tests;

/// <summary>
/// <c>safeground ordnance list|find|add|edit|retire</c>: the seeded catalogue is listed and searched however a name is
/// written; a data manager adds, edits and retires models, a field reporter is refused; every change is audited.
/// </summary>
public sealed class OrdnanceCommandTests
{
    [Fact]
    public void The_seeded_catalogue_is_listed_and_a_model_is_found_however_it_is_written()
    {
        using var dir = new TempDir();
        var store = NewStore(dir.File("s.gpkg"));

        var list = CliRun.Run(dir.Path, "ordnance", "list", "--store", store);
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("PMN-2", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("121 models in the ordnance catalogue of", list.Stdout, StringComparison.Ordinal);
        var json = JsonDocument.Parse(CliRun.Run(dir.Path, "ordnance", "list", "--store", store, "--json").Stdout).RootElement;
        Assert.Equal(121, json.GetArrayLength());
        var pmn2 = json.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "PMN-2");
        Assert.Equal("ap-mine", pmn2.GetProperty("category").GetString());
        Assert.Equal("pressure", pmn2.GetProperty("fuzes")[0].GetString());
        Assert.Equal("pmn2", pmn2.GetProperty("id").GetString());

        var found = CliRun.Run(dir.Path, "ordnance", "find", "ПМН-2", "--store", store, "--json");
        Assert.True(found.ExitCode == 0, found.ToString());
        Assert.Equal("PMN-2", JsonDocument.Parse(found.Stdout).RootElement.GetProperty("name").GetString());
        var shown = CliRun.Run(dir.Path, "ordnance", "find", "mon 50", "--store", store);
        Assert.Contains("MON-50", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("command, tripwire", shown.Stdout, StringComparison.Ordinal);

        var missing = CliRun.Run(dir.Path, "ordnance", "find", "PMN-3", "--store", store);
        Assert.Equal(1, missing.ExitCode);
        // The terminal may wrap the sentence: compare it with its line breaks as spaces.
        var said = string.Join(' ', missing.Stderr.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("holds no ordnance model PMN-3; did you mean PMN", said, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_manager_adds_edits_and_retires_a_model_and_a_field_reporter_may_not()
    {
        using var dir = new TempDir();
        var store = NewStore(dir.File("s.gpkg"));

        var refused = CliRun.Run(dir.Path, "ordnance", "add", "PMX-7", "--category", "AP mine", "--by", "fr", "--store", store);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("fr may not change the ordnance catalogue", refused.Stderr, StringComparison.Ordinal);

        var added = CliRun.Run(dir.Path, "ordnance", "add", "PMX-7", "--category", "AP mine", "--fuze", "pressure", "--fuze", "tripwire",
            "--alias", "ПМХ-7", "--hazard", "Local blast mine.", "--country", "Nowhere", "--by", "dm", "--store", store);
        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Contains("Added PMX-7 to the ordnance catalogue of", added.Stdout, StringComparison.Ordinal);

        var badFuze = CliRun.Run(dir.Path, "ordnance", "edit", "pmx7", "--fuze", "wishful", "--by", "dm", "--store", store);
        Assert.Equal(1, badFuze.ExitCode);
        Assert.Contains("wishful is not a kind of initiation; the kinds are ", badFuze.Stderr, StringComparison.Ordinal);
        var taken = CliRun.Run(dir.Path, "ordnance", "add", "pmn 2", "--category", "ap-mine", "--by", "dm", "--store", store);
        Assert.Equal(1, taken.ExitCode);
        Assert.Contains("already belongs to ordnance model PMN-2", taken.Stderr, StringComparison.Ordinal);

        var edited = CliRun.Run(dir.Path, "ordnance", "edit", "пмх-7", "--name", "PMX-7M", "--category", "at-mine", "--by", "dm", "--store", store, "--json");
        Assert.True(edited.ExitCode == 0, edited.ToString());
        var e = JsonDocument.Parse(edited.Stdout).RootElement;
        Assert.Equal("PMX-7M", e.GetProperty("name").GetString());
        Assert.Equal("at-mine", e.GetProperty("category").GetString());
        Assert.Equal(["ПМХ-7", "PMX-7"], e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["pressure", "tripwire"], e.GetProperty("fuzes").EnumerateArray().Select(a => a.GetString()));

        var retired = CliRun.Run(dir.Path, "ordnance", "retire", "PMX-7", "--on", "2026-12-01", "--by", "admin", "--store", store);
        Assert.True(retired.ExitCode == 0, retired.ToString());
        Assert.Contains("Retired PMX-7M from the ordnance catalogue of", retired.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("PMX-7M", CliRun.Run(dir.Path, "ordnance", "list", "--store", store).Stdout, StringComparison.Ordinal);
        var all = JsonDocument.Parse(CliRun.Run(dir.Path, "ordnance", "list", "--all", "--store", store, "--json").Stdout).RootElement;
        Assert.Equal("2026-12-01", all.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "PMX-7M").GetProperty("retiredOn").GetString());

        using var s = GeoPackageStore.Open(store, create: false);
        var audit = s.AuditLog(0, 20).Items.Where(a => a.Action.StartsWith("ordnance", StringComparison.Ordinal))
            .Select(a => (a.Status, a.Username, a.Action)).Order().ToList();
        Assert.Equal([(0, "admin", "ordnance retire"), (0, "dm", "ordnance add"), (0, "dm", "ordnance edit"),
            (1, "dm", "ordnance add"), (1, "dm", "ordnance edit"), (1, "fr", "ordnance add")], audit);
    }

    [Fact]
    public void An_import_of_finds_stores_aliases_by_the_catalogues_name_and_lists_unknown_models_with_close_names()
    {
        using var dir = new TempDir();
        var store = NewStore(dir.File("s.gpkg"));
        File.WriteAllText(dir.File("finds.csv"), string.Join('\n',
            "lon,lat,category,model",
            "36.6001,49.5001,AP mine,ПМН-2",
            "36.6002,49.5002,AP mine,pmn2",
            "36.6003,49.5003,AP mine,PMN-2",
            "36.6004,49.5004,AP mine,PMN-3",
            "36.6005,49.5005,AP mine,PMN-3",
            "36.6006,49.5006,UXO,Zorblax-9",
            "36.6007,49.5007,UXO,") + "\n");

        var text = CliRun.Run(dir.Path, "import", "finds.csv", "--store", store, "--as", "finds");
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("2 finds named their model another way than the ordnance catalogue", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 models are not in the ordnance catalogue (kept as written):", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("PMN-3: 2 finds; did you mean PMN, PMN-2, PMN-4?", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Zorblax-9: 1 finds", text.Stdout, StringComparison.Ordinal);

        using (var s = GeoPackageStore.Open(store, create: false))
            Assert.Equal(["PMN-2", "PMN-2", "PMN-2", "PMN-3", "PMN-3", "Zorblax-9"],
                s.Finds().Select(f => f.Find.Model).OfType<string>().Order(StringComparer.Ordinal));

        var json = CliRun.Run(dir.Path, "import", "finds.csv", "--store", dir.File("again.gpkg"), "--as", "finds", "--json");
        var unknown = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("unknownModels");
        Assert.Equal(["PMN-3", "Zorblax-9"], unknown.EnumerateArray().Select(u => u.GetProperty("model").GetString()));
        Assert.Equal(2, unknown[0].GetProperty("finds").GetInt32());
        Assert.Equal(["PMN", "PMN-2", "PMN-4"], unknown[0].GetProperty("suggestions").EnumerateArray().Select(n => n.GetString()));
    }

    private static string NewStore(string path)
    {
        using var s = GeoPackageStore.Open(path);
        using (var tx = s.BeginWrite())
        {
            tx.Put(new Core.Reference.Organisation("ORG-A", "Operator A", "UA"));
            tx.Commit();
        }
        UserAccounts.Add(s, "admin", null, Role.Admin, null, "correct horse battery staple", DateTimeOffset.UtcNow, iterations: 1000);
        UserAccounts.Add(s, "dm", null, Role.DataManager, null, "correct horse battery staple", DateTimeOffset.UtcNow, iterations: 1000);
        UserAccounts.Add(s, "fr", null, Role.FieldReporter, "ORG-A", "correct horse battery staple", DateTimeOffset.UtcNow, iterations: 1000);
        return path;
    }
}
