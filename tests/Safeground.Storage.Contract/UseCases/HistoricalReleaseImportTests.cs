using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Import;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rollups;
using Safeground.Core.Rules;
using Safeground.Core.Spatial;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// A programme's past land release imported as approved reports (<see cref="ReleaseImport"/>): one feature per outcome,
/// area conserved, a second import changes nothing, a refused or interrupted one keeps nothing, and the releases stand
/// on their historical dates.
/// </summary>
public abstract class HistoricalReleaseImportTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private static readonly User Admin = new("admin", "Administrator", Role.Admin, null, false, DateTimeOffset.UnixEpoch);
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Polygon Split = Square(37.0075, 49.005, 0.005); // half in HA-1, half in HA-2

    protected HistoricalReleaseImportTests()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(Create("HA-2", Square(37.01, 49.0, 0.01)));
        SubmitAndApprove(Create("HA-3", Square(37.1, 49.0, 0.01), day: 20));
    }

    private static string Day(int day) => Day0.AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static SourceFeature F(int index, Geometry? geometry, params (string Key, string Value)[] properties) =>
        new(index, $"feature {index}", geometry, properties.ToDictionary(p => p.Key, p => (string?)p.Value));

    /// <summary>One feature per outcome, in the words other systems export.</summary>
    private static List<SourceFeature> File() =>
    [
        F(0, Square(37.0, 49.0, 0.005), ("land_release_type", "Cancelled"), ("date", Day(10))),
        F(1, Split, ("method", "Cleared"), ("date", Day(20))),
        F(2, Square(38.0, 49.0, 0.01), ("method", "reduced"), ("date", Day(10))),
        F(3, Geo.Factory.CreateLineString([new(37.0, 49.0), new(37.001, 49.001)]), ("method", "TS"), ("date", Day(10))),
        F(4, Square(37.016, 49.006, 0.002), ("method", "Reduced")),
        F(5, Square(37.016, 49.006, 0.002), ("method", "Demolished"), ("date", Day(10))),
        F(6, Square(37.1, 49.0, 0.005), ("method", "technical survey"), ("date", Day(5))), // before HA-3 was recorded (day 20)
        F(7, Square(37.0, 49.0, 0.004), ("method", "clearance"), ("date", Day(15))), // clears land feature 0 cancelled
        F(8, Square(37.015, 49.0, 0.004), ("land_release_type", "Reduced"), ("date", Day(12)), ("hazard_id", "HA-2"), ("report_id", "R-77")),
    ];

    private ReleaseImportSummary Import(IEnumerable<SourceFeature> features, bool dryRun = false, User? by = null, CancellationToken cancel = default) =>
        new ReleaseImport(Store, new FixedClock(Now), StoredProgramme.Of(Store)).Run(features,
            new ImportOptions("history.geojson", "history", "ORG-A", "admin", Day0, Now, new FieldMapping()), by ?? Admin, new PolygonTriage(), dryRun, cancel);

    private string Snapshot() =>
        string.Join("\n", Store.Hazards().Select(h => $"{h.HazardId} {h.Status} {h.CancelledM2:F3} {h.ReducedM2:F3} {h.ClearedM2:F3} {h.RemainingM2:F3} {h.Releases.Count}"))
        + "\n" + string.Join(",", Store.Reports().Select(r => $"{r.Report.Id}:{r.Status}"));

    [SkippableFact]
    public void Every_feature_has_one_outcome_and_the_summary_is_exact()
    {
        var s = Import(File());
        Assert.Equal(9, s.Read);
        Assert.Equal(
            new[] { ReleaseOutcome.Applied, ReleaseOutcome.Split, ReleaseOutcome.Outside, ReleaseOutcome.Refused, ReleaseOutcome.Refused,
                ReleaseOutcome.Refused, ReleaseOutcome.HeldBack, ReleaseOutcome.HeldBack, ReleaseOutcome.Applied },
            s.Features.Select(f => f.Outcome));
        Assert.Equal(2, s.Count(ReleaseOutcome.Applied));
        Assert.Equal(s.Read, Enum.GetValues<ReleaseOutcome>().Sum(o => s.Count(o)));
        Assert.Equal(6, s.Reports); // 0, 1 (two parts), 6, 7, 8
        Assert.Equal(2, s.HeldBackReports);

        var f = s.Features;
        Assert.Equal("HA-1", Assert.Single(f[0].Parts).HazardId);
        Assert.Equal(["HA-1", "HA-2"], f[1].Parts.Select(p => p.HazardId));
        Assert.Equal(Polygons.AreaM2(Square(38.0, 49.0, 0.01)), f[2].OutsideM2, 6);
        Assert.Empty(f[2].Parts);
        Assert.StartsWith("bad geometry: ", f[3].Reason, StringComparison.Ordinal);
        Assert.StartsWith("no date", f[4].Reason, StringComparison.Ordinal);
        Assert.StartsWith("unknown method \"Demolished\"", f[5].Reason, StringComparison.Ordinal);
        Assert.Contains("before hazard HA-3 was recorded", f[6].Reason, StringComparison.Ordinal);
        Assert.Contains("non-technical survey cancelled", f[7].Reason, StringComparison.Ordinal);
        Assert.Equal("R-77", Assert.Single(f[8].Parts).ReportId);

        // Held back as a bulk load holds back: stored as submitted, the reason in its history, nothing released.
        var held = Store.FindReport(f[6].Parts[0].ReportId)!;
        Assert.Equal(ReportStatus.Submitted, held.Status);
        Assert.Contains("held back by bulk load", Store.History(held.Report.Id)[0].Reason, StringComparison.Ordinal);
        Assert.Equal(0, Store.FindHazard("HA-3")!.ReducedM2);

        // Applied reports are the right kinds, approved by the importing admin, and say where they came from.
        var cancel = Store.FindReport(f[0].Parts[0].ReportId)!;
        Assert.Equal(ReportStatus.Approved, cancel.Status);
        Assert.Equal("admin", cancel.DecidedBy);
        Assert.IsType<NonTechnicalSurvey>(cancel.Report.Body);
        Assert.IsType<ClearanceProgress>(Store.FindReport(f[1].Parts[0].ReportId)!.Report.Body);
        Assert.IsType<TechnicalSurvey>(Store.FindReport("R-77")!.Report.Body);
        Assert.Equal("imported from history.geojson, feature 0", Store.History(cancel.Report.Id)[0].Reason);
    }

    [SkippableFact]
    public void Area_is_conserved_to_the_square_metre()
    {
        var s = Import(File());
        foreach (var h in Store.Hazards())
            Assert.InRange(h.CancelledM2 + h.ReducedM2 + h.ClearedM2 + h.RemainingM2 - h.OriginalM2, -1, 1);
        // The split feature lies wholly inside HA-1 and HA-2: its parts are its area to round-off, and the ledgers release
        // that between them. Not to the cm²: where a part's edge runs along its hazard's edge in lon/lat, the ledger's edge
        // is the hazard's geodesic, which bulges further north than the feature's shorter one (0.8 m² per 365 m edge here).
        var split = s.Features[1];
        double area = Polygons.AreaM2(Split);
        Assert.InRange(split.InsideM2 - area, -0.01, 0.01);
        Assert.InRange(split.ReleasedM2 - area, -1e-5 * area, 1e-5 * area);
        Assert.Equal(0, split.OutsideM2, 3);
        var one = Store.FindHazard("HA-1")!;
        var two = Store.FindHazard("HA-2")!;
        Assert.Equal(s.Features[0].ReleasedM2, one.CancelledM2, 3);
        Assert.Equal(split.Parts[0].ReleasedM2, one.ClearedM2, 3);
        Assert.Equal(split.Parts[1].ReleasedM2, two.ClearedM2, 3);
        Assert.Equal(s.Features[8].ReleasedM2, two.ReducedM2, 3);
        Assert.Equal(one.CancelledM2, s.Released(Core.Hazards.ReleaseMethod.Cancelled), 3);
        // The projections are what the reports replay to.
        var stored = Snapshot();
        Core.Projections.ProjectionRebuild.Rebuild(Store, StoredProgramme.Of(Store));
        Assert.Equal(stored, Snapshot());
    }

    [SkippableFact]
    public void A_backdated_release_that_would_make_an_approved_report_illegal_is_held_back()
    {
        SubmitAndApprove(R("R-clear", "HA-2", 30, new ClearanceProgress(Square(37.01, 49.0, 0.004), 20, null, [])));
        var before = Store.FindHazard("HA-2")!;
        // Cancelling on day 25 the land cleared on day 30 would turn the approved clearance into clearing cancelled land.
        var s = Import([F(0, Square(37.01, 49.0, 0.004), ("method", "cancelled"), ("date", Day(25)))]);
        var f = Assert.Single(s.Features);
        Assert.Equal(ReleaseOutcome.HeldBack, f.Outcome);
        Assert.Contains("approved report R-clear would then break a rule", f.Reason, StringComparison.Ordinal);
        var after = Store.FindHazard("HA-2")!;
        Assert.Equal(before.ClearedM2, after.ClearedM2);
        Assert.Equal(0, after.CancelledM2);
        Assert.DoesNotContain(after.RuleFlags, r => r.Severity == Severity.Error);
    }

    [SkippableFact]
    public void Importing_the_same_file_again_changes_nothing()
    {
        Import(File());
        var before = Snapshot();
        var again = Import(File());
        Assert.Equal(before, Snapshot());
        Assert.Equal(0, again.Reports);
        Assert.Equal(
            new[] { ReleaseOutcome.AlreadyImported, ReleaseOutcome.AlreadyImported, ReleaseOutcome.Outside, ReleaseOutcome.Refused, ReleaseOutcome.Refused,
                ReleaseOutcome.Refused, ReleaseOutcome.AlreadyImported, ReleaseOutcome.AlreadyImported, ReleaseOutcome.AlreadyImported },
            again.Features.Select(f => f.Outcome));
    }

    [SkippableFact]
    public void A_dry_run_a_refused_import_and_an_interrupted_one_keep_nothing()
    {
        var before = Snapshot();
        var dry = Import(File(), dryRun: true);
        Assert.Equal(2, dry.Count(ReleaseOutcome.Applied));
        Assert.True(dry.Features[1].ReleasedM2 > 0);
        Assert.Equal(before, Snapshot());

        var manager = new User("dm", "Data manager", Role.DataManager, null, false, DateTimeOffset.UnixEpoch);
        var e = Assert.Throws<SafegroundException>(() => Import(File(), by: manager));
        Assert.Equal(ErrorKind.Forbidden, e.Kind);
        Assert.Equal(before, Snapshot());

        // A file that cannot be read on half-way: nothing of it is written.
        static IEnumerable<SourceFeature> Cut()
        {
            foreach (var f in File().Take(3)) yield return f;
            throw SafegroundException.Invalid("history.geojson: line 40: cut short");
        }
        Assert.Throws<SafegroundException>(() => Import(Cut()));
        Assert.Equal(before, Snapshot());

        // Interrupted while writing: the first hazard is written in the transaction, then the import is cancelled.
        using var stop = new CancellationTokenSource();
        var report = R("R-late", "HA-1", 30, new ClearanceProgress(Square(37.006, 49.0, 0.002), null, null, []));
        var other = R("R-late-2", "HA-2", 30, new ClearanceProgress(Square(37.016, 49.0, 0.002), null, null, []));
        Assert.ThrowsAny<OperationCanceledException>(() => new BulkLoader(Store, new FixedClock(Now), StoredProgramme.Of(Store)).LoadInto([],
            [new HazardAdditions("HA-1", [new ImportedReport(report, "x, feature 0")]), new HazardAdditions("HA-2", [new ImportedReport(other, "x, feature 1")])],
            "admin", _ => stop.Cancel(), cancellationToken: stop.Token));
        Assert.Equal(before, Snapshot());
    }

    [SkippableFact]
    public void Releases_stand_on_their_historical_dates()
    {
        Import(File());
        var rules = StoredProgramme.Of(Store);
        HazardState One(int day) => new HazardsAsOf(Store, Day0.AddDays(day), rules).States().Single(h => h.HazardId == "HA-1");
        Assert.Equal(0, One(9).ReleasedM2);
        Assert.True(One(10).CancelledM2 > 0);
        Assert.Equal(0, One(19).ClearedM2);
        Assert.Equal(Store.FindHazard("HA-1")!.ClearedM2, One(20).ClearedM2, 3);
        Assert.All(Store.FindHazard("HA-1")!.Releases, r => Assert.Contains(r.Date, new[] { Day0.AddDays(10), Day0.AddDays(20) }));
    }
}
