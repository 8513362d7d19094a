using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Core.Accidents;
using Safeground.Core.Hazards;
using Safeground.Core.Import;
using Safeground.Core.Reports;
using Safeground.Core.Status;
using Safeground.Core.Rules;
using Safeground.Core.Spatial;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// Demining accidents imported from an exchange file (<see cref="AccidentImport"/>): each feature kept or refused with its
/// reason, placed in the hazard it names or holds it, victims as counts; a second import writes nothing, and a refused or
/// interrupted one keeps nothing.
/// </summary>
public abstract class AccidentImportTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);

    protected AccidentImportTests()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(Create("HA-2", Square(37.01, 49.0, 0.01)));
    }

    private static string Day(int day) => Day0.AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Point At(double lon, double lat) => Geo.Factory.CreatePoint(new Coordinate(lon, lat));

    private static SourceFeature F(int index, Geometry? geometry, params (string Key, string Value)[] properties) =>
        new(index, $"feature {index}", geometry, properties.ToDictionary(p => p.Key, p => (string?)p.Value));

    /// <summary>One feature per outcome, in the words other systems and our own export write.</summary>
    private static List<SourceFeature> File() =>
    [
        F(0, At(37.005, 49.005), ("occurred_at", Day(10) + "T09:30:00+03:00"), ("killed", "1"), ("injured", "2"), ("device_category", "AP mine"),
            ("asset_at_time", "manual"), ("item_moved", "no"), ("depth_cm", "8"), ("cause", "Signal excavated from above")),
        F(1, At(37.5, 49.5), ("date", Day(12)), ("occurred_at", Day(12) + " 16:45"), ("injured", "1"), ("is_demining", "false"), ("activity", "Ploughing")),
        F(2, At(37.011, 49.001), ("date", Day(12)), ("hazard_id", "HA-2"), ("report_id", "R-ACC-7"), ("killed", "0"), ("injured", "0")),
        F(3, At(37.005, 49.005), ("date", Day(12)), ("hazard_id", "HA-9")),
        F(4, At(37.005, 49.005), ("killed", "1")),
        F(5, Square(37.0, 49.0, 0.001), ("date", Day(12))),
        F(6, At(37.005, 49.006), ("date", Day(12)), ("killed", "two")),
        F(7, At(37.006, 49.006), ("date", Day(13)), ("report_id", "R-ACC-7")),
        F(8, At(37.01, 49.005), ("date", Day(14)), ("asset", "Mechanical")), // on the edge HA-1 and HA-2 share
        F(9, At(37.005, 49.005), ("date", "2027-01-01")),
        F(10, At(37.005, 49.005), ("occurred_at", "03/04/2026 14:00")), // month or day first? refused, not guessed
    ];

    private ImportSummary Import(IEnumerable<SourceFeature> features, CancellationToken cancel = default) =>
        new AccidentImport(Store, new FixedClock(Now), StoredProgramme.Of(Store)).Run(features,
            new ImportOptions("accidents.kml", "accidents", "ORG-A", "admin", Day0, Now, new FieldMapping()), cancellationToken: cancel);

    private string Snapshot() =>
        string.Join("\n", Store.Hazards().Select(h => $"{h.HazardId} {h.Evidence.Count} {h.RemainingM2:F3}"))
        + "\n" + string.Join(",", Store.Reports().Select(r => $"{r.Report.Id}:{r.Status}"))
        + "\n" + string.Join(",", Store.Accidents().Select(a => $"{a.ReportId}:{a.HazardId}:{a.Region}"));

    [SkippableFact]
    public void Every_feature_is_kept_or_refused_with_its_reason()
    {
        var s = Import(File());
        Assert.Equal(11, s.Read);
        Assert.Equal(4, s.Kept);
        Assert.Equal(7, s.Rejected);
        Assert.Equal(2, s.InHazards);
        Assert.Equal(4, s.Reports);
        Assert.Equal(0, s.HeldBack);
        string Reason(int feature) => s.Issues.Single(i => i.Where == $"feature {feature}").Message;
        Assert.StartsWith("no hazard HA-9 in the store", Reason(3), StringComparison.Ordinal);
        Assert.StartsWith("no date", Reason(4), StringComparison.Ordinal);
        Assert.StartsWith("a Polygon is not an accident's position", Reason(5), StringComparison.Ordinal);
        Assert.StartsWith("killed 'two' is not a number of people", Reason(6), StringComparison.Ordinal);
        Assert.Equal("the same accident as feature 2 (report R-ACC-7)", Reason(7));
        Assert.Contains("is in the future", Reason(9), StringComparison.Ordinal);
        Assert.Contains("03/04/2026 14:00", Reason(10), StringComparison.Ordinal);
        Assert.Equal("lies in hazards HA-1, HA-2: placed in none of them (name one in hazard_id)", Reason(8));

        var accidents = Store.Accidents().ToDictionary(a => a.ReportId);
        Assert.Equal(4, accidents.Count);
        var first = accidents.Values.Single(a => a.Accident.DeviceCategory == Core.Ordnance.EoCategory.ApMine);
        Assert.Equal("HA-1", first.HazardId); // the hazard holding the point
        Assert.Equal("Izium", first.Region);
        Assert.Equal(new DateTimeOffset(Day0.AddDays(10).ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(3)), first.Accident.OccurredAt);
        Assert.Equal(Day0.AddDays(10), first.Date);
        Assert.Equal([VictimOutcome.Killed, VictimOutcome.Injured, VictimOutcome.Injured], first.Accident.Victims.Select(v => v.Outcome));
        Assert.All(first.Accident.Victims, v => Assert.Null(v.Name));
        Assert.Equal(Core.Reference.AssetKind.Manual, first.Accident.AssetAtTime);
        Assert.False(first.Accident.ItemMoved);
        Assert.Equal(8, first.Accident.DepthCm);
        Assert.Equal("HA-2", accidents["R-ACC-7"].HazardId);
        Assert.True(accidents["R-ACC-7"].Accident.NoVictims);
        var civilian = accidents.Values.Single(a => !a.Accident.IsDemining);
        Assert.Null(civilian.HazardId);
        // A spreadsheet's "YYYY-MM-DD HH:MM", no offset: UTC.
        Assert.Equal(new DateTimeOffset(Day0.AddDays(12).ToDateTime(new TimeOnly(16, 45)), TimeSpan.Zero), civilian.Accident.OccurredAt);
        Assert.Null(accidents.Values.Single(a => a.Accident.AssetAtTime == Core.Reference.AssetKind.Mechanical).HazardId);

        // Placed in a hazard, an accident is its evidence as a submitted one is; approved by the importer, its source in its history.
        Assert.Contains(Store.FindHazard("HA-1")!.Evidence, e => e.Type == EvidenceType.Accident && e.Note == first.ReportId);
        var stored = Store.FindReport(first.ReportId)!;
        Assert.Equal(ReportStatus.Approved, stored.Status);
        Assert.Equal("admin", stored.DecidedBy);
        Assert.Equal("imported from accidents.kml, feature 0", Store.History(first.ReportId)[0].Reason);

        // Status counts them as it counts accidents reported from the field.
        var total = StatusReport.Compute(Store, StatusGrouping.None).Total;
        Assert.Equal(4, total.Accidents);
        Assert.Equal(1, total.Killed);
        Assert.Equal(3, total.Injured);
    }

    [SkippableFact]
    public void Importing_the_same_file_again_writes_nothing()
    {
        Import(File());
        var before = Snapshot();
        var again = Import(File());
        Assert.Equal(before, Snapshot());
        Assert.Equal(0, again.Kept);
        Assert.Equal(4, again.AlreadyImported);
        Assert.Equal(0, again.Reports);
    }

    [SkippableFact]
    public void A_refused_or_interrupted_import_keeps_nothing()
    {
        var before = Snapshot();
        static IEnumerable<SourceFeature> Cut()
        {
            foreach (var f in File().Take(3)) yield return f;
            throw SafegroundException.Invalid("accidents.kml: line 40: cut short");
        }
        Assert.Throws<SafegroundException>(() => Import(Cut()));
        Assert.Equal(before, Snapshot());

        using var stop = new CancellationTokenSource();
        IEnumerable<SourceFeature> Stopped()
        {
            foreach (var f in File().Take(3)) yield return f;
            stop.Cancel();
            yield return File()[8];
        }
        Assert.ThrowsAny<OperationCanceledException>(() => Import(Stopped(), stop.Token));
        Assert.Equal(before, Snapshot());
    }

    [SkippableFact]
    public void An_accident_before_its_hazard_was_recorded_is_held_back()
    {
        SubmitAndApprove(Create("HA-3", Square(37.1, 49.0, 0.01), day: 20));
        var s = Import([F(0, At(37.105, 49.005), ("date", Day(5)))]);
        Assert.Equal(1, s.HeldBack);
        var note = Assert.Single(s.Issues);
        Assert.Equal("feature 0", note.Where);
        Assert.Contains("before hazard HA-3 was recorded", note.Message, StringComparison.Ordinal);
        Assert.Empty(Store.Accidents());
    }
}
