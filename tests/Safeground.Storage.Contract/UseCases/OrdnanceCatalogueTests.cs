using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Checks;
using Safeground.Core.Ordnance;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// A programme manages its ordnance catalogue (<see cref="OrdnanceEditor"/>): a data manager adds, edits and retires
/// models, a field reporter may not, a name is one model's only, a renamed model still answers to its old name; and
/// the check and the report check read the store's catalogue, not the seed.
/// </summary>
public abstract class OrdnanceCatalogueTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private static readonly User Manager = new("dm", "Data manager", Role.DataManager, null, false, DateTimeOffset.UnixEpoch);
    private static readonly User Reporter = new("fr", "Field reporter", Role.FieldReporter, "ORG-A", false, DateTimeOffset.UnixEpoch);

    private static OrdnanceModel Model(string name, params string[] aliases) =>
        new(name, EoCategory.ApMine, [FuzeKind.Pressure], "Local blast mine.", aliases, "Local");

    [SkippableFact]
    public void A_data_manager_adds_a_model_that_is_then_found_by_any_spelling()
    {
        var added = new OrdnanceEditor(Store).Add(Model("  PMX-7 ", "ПМХ-7", "pmx 7", ""), Manager);
        Assert.Equal("PMX-7", added.Name);
        Assert.Equal(["ПМХ-7"], added.Aliases);
        Assert.Equal(added, OrdnanceCatalogue.Of(Store).Find("pmx7"));
        Assert.Equal(OrdnanceSeed.Models.Count + 1, Store.OrdnanceModels().Count);
    }

    [SkippableFact]
    public void A_field_reporter_may_not_change_the_catalogue()
    {
        var e = Assert.Throws<SafegroundException>(() => new OrdnanceEditor(Store).Add(Model("PMX-7"), Reporter));
        Assert.Equal(ErrorKind.Forbidden, e.Kind);
        Assert.Equal(ErrorKind.Forbidden, Assert.Throws<SafegroundException>(() => new OrdnanceEditor(Store).Retire("PMN-2", Day0, Reporter)).Kind);
        Assert.Equal(OrdnanceSeed.Models.Count, Store.OrdnanceModels().Count);
    }

    [SkippableFact]
    public void A_name_or_alias_another_model_answers_to_is_a_conflict()
    {
        var editor = new OrdnanceEditor(Store);
        Assert.Equal(ErrorKind.Conflict, Assert.Throws<SafegroundException>(() => editor.Add(Model("pmn 2"), Manager)).Kind);
        var e = Assert.Throws<SafegroundException>(() => editor.Add(Model("PMX-7", "ПМН-2"), Manager));
        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Contains("PMN-2", e.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.Invalid, Assert.Throws<SafegroundException>(() => editor.Add(Model(" - "), Manager)).Kind);
        Assert.Equal(OrdnanceSeed.Models.Count, Store.OrdnanceModels().Count);
    }

    [SkippableFact]
    public void A_renamed_model_keeps_its_old_name_as_an_alias_and_a_retired_one_stays_known()
    {
        var editor = new OrdnanceEditor(Store);
        var renamed = editor.Edit("m-14", m => m with { Name = "M14 AP blast", Hazard = "Blast." }, Manager);
        Assert.Equal(["M14"], renamed.Aliases);
        var catalogue = OrdnanceCatalogue.Of(Store);
        Assert.Equal(renamed, catalogue.Find("M14"));
        Assert.Equal("Blast.", catalogue.Find("m14 ap blast")!.Hazard);
        // A Cyrillic alias already keeps the old key: nothing to add.
        Assert.Equal(["ПМН-2"], editor.Edit("PMN-2", m => m with { Name = "PMN-2 (blast)" }, Manager).Aliases);
        Assert.Equal("PMN-2 (blast)", OrdnanceCatalogue.Of(Store).Find("PMN-2")!.Name);
        Assert.Equal(OrdnanceSeed.Models.Count, Store.OrdnanceModels().Count);

        var retired = editor.Retire("TM-57", Day0, Manager);
        Assert.Equal(Day0, retired.RetiredOn);
        catalogue = OrdnanceCatalogue.Of(Store);
        Assert.Equal(retired, catalogue.Find("TM-57"));
        Assert.DoesNotContain(retired, catalogue.Active);
    }

    [SkippableFact]
    public void Editing_a_model_the_store_does_not_hold_names_the_close_ones()
    {
        var e = Assert.Throws<SafegroundException>(() => new OrdnanceEditor(Store).Retire("PMN-3", Day0, Manager));
        Assert.Equal(ErrorKind.NotFound, e.Kind);
        Assert.Contains("PMN-2", e.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_check_reads_the_stores_catalogue()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        var at = Geo.Factory.CreatePoint(new Coordinate(37.005, 49.005));
        SubmitAndApprove(R("R-2", "HA-1", 5, new TechnicalSurvey(null, true,
            [new EoFind(EoCategory.ApMine, "PMX-7", 1, EoCondition.Intact, 5, at, Disposal.DestroyedInSitu),
             new EoFind(EoCategory.AtMine, "PMN-2", 1, EoCondition.Intact, 5, at, Disposal.DestroyedInSitu)])));
        var clock = new FixedClock(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
        List<string> Found() => [.. new StoreCheck(ProgrammeRules.Default, clock).Run(Store)
            .Where(f => f.RuleId is RuleIds.FindModelUnknown or RuleIds.FindModelCategory).Select(f => $"{f.RuleId} {f.Record}")];

        Assert.Equal(["find-model-unknown find R-2#0", "find-model-category find R-2#1"], Found());
        new OrdnanceEditor(Store).Add(Model("PMX-7"), Manager);
        new OrdnanceEditor(Store).Edit("PMN-2", m => m with { Category = EoCategory.AtMine }, Manager);
        Assert.Empty(Found());
    }
}
