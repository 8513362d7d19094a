using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Core.Accidents;
using Safeground.Core.Casualties;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.People;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Spatial;
using Safeground.Core.Status;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// Civilian casualty incidents (<see cref="CasualtyIncident"/>) through the lifecycle: one in a hazard is evidence there and
/// moves no land, one outside every hazard is kept on its own, one on land released before it is flagged, and a half-filled
/// one is refused naming each field.
/// </summary>
public abstract class CasualtyIncidentTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    protected CasualtyIncidentTests()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
    }

    private static Point At(double lon, double lat) => Geo.Factory.CreatePoint(new Coordinate(lon, lat));

    private static CasualtyIncident Incident(Point at, int occurredDay, IReadOnlyList<PeopleCount>? killed = null, IReadOnlyList<PeopleCount>? injured = null, string source = "district hospital") =>
        new(Day0.AddDays(occurredDay), at, "Izium", EoCategory.ApMine, "PFM-1", CasualtyActivity.Herding,
            killed ?? [new PeopleCount(Gender.Male, AgeBand.Child, false, 1)],
            injured ?? [new PeopleCount(Gender.Female, AgeBand.Adult, false, 2)],
            source, "case 114");

    [SkippableFact]
    public void An_incident_in_a_hazard_is_evidence_there_and_moves_no_land()
    {
        var before = Store.FindHazard("HA-1")!;
        Assert.Equal(HazardClass.Sha, before.Class);
        SubmitAndApprove(R("R-INC-1", "HA-1", 5, Incident(At(37.005, 49.005), 4)));

        var after = Store.FindHazard("HA-1")!;
        Assert.Equal(HazardClass.Cha, after.Class); // a casualty is direct evidence, as an accident is
        Assert.Contains(after.Evidence, e => e is { Type: EvidenceType.Accident, Source: EvidenceSource.Records, Note: "R-INC-1" });
        Assert.Equal(before.RemainingM2, after.RemainingM2);
        Assert.Equal(before.OriginalM2, after.OriginalM2);
        Assert.Empty(after.Releases);
        Assert.Empty(after.RuleFlags);
        var stored = Assert.IsType<CasualtyIncident>(Store.FindReport("R-INC-1")!.Report.Body);
        Assert.Equal((1, 2), (stored.KilledCount, stored.InjuredCount));
        Assert.Equal(ReportStatus.Approved, Store.FindReport("R-INC-1")!.Status);
    }

    [SkippableFact]
    public void An_incident_outside_every_hazard_is_kept_on_its_own()
    {
        var hazards = Store.Hazards().Select(h => (h.HazardId, h.Evidence.Count, h.Class)).ToList();
        SubmitAndApprove(R("R-INC-2", null, 5, Incident(At(37.5, 49.5), 5)));
        Assert.Equal(ReportStatus.Approved, Store.FindReport("R-INC-2")!.Status);
        Assert.Equal(hazards, Store.Hazards().Select(h => (h.HazardId, h.Evidence.Count, h.Class)).ToList());
    }

    [SkippableFact]
    public void An_incident_on_land_released_before_it_is_flagged_and_one_before_the_release_is_not()
    {
        SubmitAndApprove(R("R-CLR", "HA-1", 3, new ClearanceProgress(Square(37.0, 49.0, 0.005), 20, null, [])));
        SubmitAndApprove(R("R-INC-EARLY", "HA-1", 4, Incident(At(37.002, 49.002), 2)));
        Assert.Empty(Store.FindHazard("HA-1")!.RuleFlags);

        SubmitAndApprove(R("R-INC-3", "HA-1", 6, Incident(At(37.002, 49.002), 6)));
        var flag = Assert.Single(Store.FindHazard("HA-1")!.RuleFlags);
        Assert.Equal((RuleIds.IncidentOnReleasedLand, Severity.Warning, "R-INC-3"), (flag.RuleId, flag.Severity, flag.ReportId));
        Assert.Equal("casualty incident R-INC-3 of 2026-03-08 lies on land of hazard HA-1 released by R-CLR on 2026-03-05", flag.Message);
        SubmitAndApprove(R("R-INC-4", "HA-1", 7, Incident(At(37.008, 49.008), 7))); // still hazardous land: nothing to say
        Assert.Single(Store.FindHazard("HA-1")!.RuleFlags);
    }

    [SkippableFact]
    public void A_half_filled_incident_is_refused_naming_each_field_and_nothing_is_stored()
    {
        var bad = R("R-INC-BAD", null, 5, Incident(At(37.5, 49.5), 6,
            killed: [new PeopleCount(Gender.Male, AgeBand.Child, false, -1)],
            injured: [new PeopleCount(Gender.Female, AgeBand.Adult, false, 1), new PeopleCount(Gender.Female, AgeBand.Adult, false, 2)],
            source: " "));
        var e = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(bad));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains("the incident is dated 2026-03-08, after the report's date of information (2026-03-07)", e.Message, StringComparison.Ordinal);
        Assert.Contains("a casualty incident needs its source", e.Message, StringComparison.Ordinal);
        Assert.Contains("killed: line 1 counts -1 people; a count is from 0 to 1000", e.Message, StringComparison.Ordinal);
        Assert.Contains("injured: line 2 counts a group already counted", e.Message, StringComparison.Ordinal);
        Assert.Null(Store.FindReport("R-INC-BAD"));
    }

    [SkippableFact]
    public void Status_counts_civilian_casualties_by_sex_and_age_apart_from_demining_accidents()
    {
        SubmitAndApprove(R("R-INC-1", "HA-1", 5, Incident(At(37.005, 49.005), 4)));
        SubmitAndApprove(R("R-INC-2", null, 40, Incident(At(37.5, 49.5), 35,
            killed: [new PeopleCount(Gender.Male, AgeBand.Child, false, 2)], injured: [])));
        Lifecycle.Submit(R("R-INC-PENDING", null, 41, Incident(At(37.6, 49.6), 41))); // not approved: not counted

        var total = StatusReport.Compute(Store, StatusGrouping.None).Total;
        Assert.Equal((0, 0, 0), (total.Accidents, total.Killed, total.Injured));
        var c = total.Civilians;
        Assert.Equal((2, 3, 2), (c.Incidents, c.Killed, c.Injured));
        Assert.Equal(3, c.KilledBySexAndAge[(Gender.Male, AgeBand.Child)]);
        Assert.Equal(2, c.InjuredBySexAndAge[(Gender.Female, AgeBand.Adult)]);
        Assert.Equal(2, c.IncidentsByActivity[CasualtyActivity.Herding]);

        // A period counts the incidents that happened in it; by month, each in its own.
        var march = StatusReport.Compute(Store, StatusGrouping.None, new StatusFilter(From: new DateOnly(2026, 3, 1), To: new DateOnly(2026, 3, 31)), StoredProgramme.Of(Store)).Total.Civilians;
        Assert.Equal((1, 1, 2), (march.Incidents, march.Killed, march.Injured));
        var byMonth = StatusReport.Compute(Store, StatusGrouping.Month).Groups.Where(g => g.Civilians.Incidents > 0)
            .Select(g => (g.Key, g.Civilians.Incidents, g.Civilians.Killed)).ToList();
        Assert.Equal([("2026-03", 1, 1), ("2026-04", 1, 2)], byMonth);
    }

    [SkippableFact]
    public void An_approved_incident_is_a_point_of_the_layer_with_its_counts_and_a_correction_replaces_it()
    {
        Lifecycle.Submit(R("R-INC-1", "HA-1", 5, Incident(At(37.005, 49.005), 4)));
        Assert.Empty(Store.Incidents()); // submitted only: not on the map yet
        Lifecycle.Approve("R-INC-1", TestDeciders.DataManager);
        SubmitAndApprove(R("R-INC-2", null, 9, Incident(At(36.5, 48.5), 8,
            killed: [], injured: [new PeopleCount(Gender.Female, AgeBand.Child, false, 3), new PeopleCount(Gender.Male, AgeBand.Older, true, 1)])));

        var all = Store.Incidents().ToList();
        Assert.Equal(["R-INC-1", "R-INC-2"], all.Select(i => i.ReportId));
        Assert.Equal(("HA-1", "Izium", Day0.AddDays(4)), (all[0].HazardId, all[0].Region, all[0].Date));
        Assert.Equal((1, 2, 1), (all[0].Incident.KilledCount, all[0].Incident.InjuredCount, all[0].Children));
        Assert.Equal((0, 4, 3), (all[1].Incident.KilledCount, all[1].Incident.InjuredCount, all[1].Children));
        Assert.Null(all[1].HazardId);

        var box = new Envelope(37.0, 37.2, 49.0, 49.2);
        var page = Store.IncidentPage(new Safeground.Core.Storage.LayerQuery(Area: box));
        Assert.Equal(1, page.NumberMatched);
        Assert.Equal("R-INC-1", Assert.Single(page.Features).Id);
        Assert.Equal(2, Store.IncidentPage(new Safeground.Core.Storage.LayerQuery()).NumberMatched);
        Assert.Equal("R-INC-2", Assert.Single(Store.IncidentPage(new Safeground.Core.Storage.LayerQuery(FeatureId: "R-INC-2")).Features).Record.ReportId);

        var tile = Assert.Single(Store.MapFeatures(Safeground.Core.Storage.FeatureLayer.Incidents, box));
        Assert.Equal(Safeground.Core.Storage.MapAttributes.Of(all[0]).Attributes, tile.Attributes);
        Assert.Contains(tile.Attributes, a => a.Key == "children" && Equals(a.Value, 1L));
        var extent = Store.Extent(Safeground.Core.Storage.FeatureLayer.Incidents);
        Assert.Equal((Day0.AddDays(4), Day0.AddDays(8)), (extent.From, extent.To));
        Assert.True(extent.Area!.Contains(36.5, 48.5) && extent.Area.Contains(37.005, 49.005));

        // A correction takes the old row's place; a rebuild writes the same rows again.
        SubmitAndApprove(R("R-INC-1b", "HA-1", 6, Incident(At(37.005, 49.005), 4, killed: []), supersedes: "R-INC-1", reason: "the child survived"));
        Assert.Equal(["R-INC-1b", "R-INC-2"], Store.Incidents().Select(i => i.ReportId));
        var before = Store.Incidents().Select(i => Safeground.Core.Storage.MapAttributes.Of(i).Attributes).ToList();
        Safeground.Core.Projections.ProjectionRebuild.Rebuild(Store, StoredProgramme.Of(Store));
        Assert.Equal(before, Store.Incidents().Select(i => Safeground.Core.Storage.MapAttributes.Of(i).Attributes).ToList());
        var c = StatusReport.Compute(Store, StatusGrouping.None).Total.Civilians; // the roll-up reads the rows
        Assert.Equal((2, 0, 6), (c.Incidents, c.Killed, c.Injured));
    }

    [SkippableFact]
    public void The_store_refuses_an_incident_row_for_a_report_of_another_kind()
    {
        var wrong = IncidentRecord.Of(R("R-HA-1", null, 3, Incident(At(37.1, 49.1), 2)))!;
        using var tx = Store.BeginWrite();
        var refused = Assert.Throws<SafegroundException>(() => tx.PutIncident(wrong));
        Assert.Contains("not a casualty incident", refused.Message, StringComparison.Ordinal);
    }
}
