using Safeground.Core;
using Safeground.Core.Accidents;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract;

// Projections: hazards with released areas, finds, accidents; clearing; streaming.
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void A_hazard_projection_round_trips_with_its_released_areas()
    {
        var state = ContractData.HazardState();
        // The replay is what a store must keep: a holed perimeter, a reduction and a clearance.
        Assert.Equal([ReleaseMethod.Reduced, ReleaseMethod.Cleared], state.Releases.Select(r => r.Method));
        Assert.Equal(1, ((NetTopologySuite.Geometries.Polygon)state.Original).NumInteriorRings);

        using var store = CreateStore();
        Write(store, tx => tx.PutHazard(state));

        AssertSameHazard(state, store.FindHazard(ContractData.Hazard)!);
        AssertSameHazard(state, Assert.Single(store.Hazards()));
        Assert.Null(store.FindHazard("HA-none"));
    }

    [SkippableFact]
    public void Putting_a_hazard_again_replaces_it_and_its_releases()
    {
        using var store = CreateStore();
        var created = HazardProjectorReplay(ContractData.NtsCreate());
        var other = HazardProjectorReplay(ContractData.NtsCreate("R-NTS-B", "HA-0000"));
        var worked = ContractData.HazardState();
        Write(store, tx =>
        {
            tx.PutHazard(worked);
            tx.PutHazard(other);
        });
        Write(store, tx => tx.PutHazard(created));

        Assert.Equal(["HA-0000", ContractData.Hazard], store.Hazards().Select(h => h.HazardId));
        var stored = store.FindHazard(ContractData.Hazard)!;
        AssertSameHazard(created, stored);
        Assert.Empty(stored.Releases);
    }

    [SkippableFact]
    public void A_closed_hazard_with_nothing_remaining_round_trips()
    {
        var nts = ContractData.NtsCreate();
        var cancel = new Report("R-CANCEL", ContractData.Hazard, ContractData.Org, null, null, new DateOnly(2024, 7, 1),
            ContractData.T0.AddDays(120), "surveyor",
            new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, null, [], []));
        var state = Core.Projections.HazardProjector.Replay(ContractData.Hazard, [nts, cancel], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.True(state.Remaining.IsEmpty);
        using var store = CreateStore();
        Write(store, tx => tx.PutHazard(state));
        AssertSameHazard(state, store.FindHazard(ContractData.Hazard)!);
    }

    [SkippableFact]
    public void Finds_are_added_listed_by_report_then_index_and_removed_per_report()
    {
        using var store = CreateStore();
        var ts = ContractData.TsReduce();
        var done = ContractData.Completion();
        Write(store, tx =>
        {
            tx.AddFinds(ContractData.FindsOf(done));
            tx.AddFinds(ContractData.FindsOf(ts));
        });
        var expected = ContractData.FindsOf(done).Concat(ContractData.FindsOf(ts)).ToList();
        Assert.Equal(expected, store.Finds().ToList());

        Write(store, tx => tx.RemoveFinds(done.Id));
        Assert.Equal(ContractData.FindsOf(ts), store.Finds());
        Assert.All(store.Finds(), f => Assert.Equal(Geo.Wgs84, f.Find.Position.SRID));
    }

    [SkippableFact]
    public void Accidents_keep_victims_in_the_report_and_are_removed_per_report()
    {
        using var store = CreateStore();
        var report = ContractData.Accident();
        AddApproved(store, report);
        var record = ContractData.AccidentRecord(report);
        Write(store, tx =>
        {
            tx.PutAccident(record);
            tx.PutAccident(record); // putting again replaces
        });

        var stored = Assert.Single(store.Accidents());
        Assert.Equal((record.ReportId, record.HazardId, record.OrganisationId, record.Region, record.Date),
            (stored.ReportId, stored.HazardId, stored.OrganisationId, stored.Region, stored.Date));
        Assert.Equal(ReportJson.Serialize(report), ReportJson.Serialize(report with { Body = stored.Accident }));
        Assert.Equal(["Olena K.", "Petro S."], stored.Accident.Victims.Select(v => v.Name));
        Assert.Equal(VictimOutcome.Killed, stored.Accident.Victims[1].Outcome);

        Write(store, tx => tx.RemoveAccident(report.Id));
        Assert.Empty(store.Accidents());
    }

    [SkippableFact]
    public void An_accident_needs_its_accident_report_stored()
    {
        using var store = CreateStore();
        using var tx = store.BeginWrite();
        var e = Assert.Throws<SafegroundException>(() => tx.PutAccident(ContractData.AccidentRecord(ContractData.Accident())));
        Assert.Equal(ErrorKind.NotFound, e.Kind);
    }

    [SkippableFact]
    public void Clearing_projections_keeps_reports_and_allows_a_rebuild()
    {
        using var store = CreateStore();
        var accident = ContractData.Accident();
        var done = ContractData.Completion();
        AddApproved(store, accident, done);
        var state = ContractData.HazardState();
        Write(store, tx =>
        {
            tx.PutHazard(state);
            tx.AddFinds(ContractData.FindsOf(done));
            tx.PutAccident(ContractData.AccidentRecord(accident));
        });

        Write(store, tx => tx.ClearProjections());
        Assert.Empty(store.Hazards());
        Assert.Empty(store.Finds());
        Assert.Empty(store.Accidents());
        Assert.Equal(2, store.Reports().Count());

        Write(store, tx =>
        {
            tx.PutHazard(state);
            tx.AddFinds(ContractData.FindsOf(done));
        });
        AssertSameHazard(state, Assert.Single(store.Hazards()));
        Assert.Equal(ContractData.FindsOf(done), store.Finds());
    }

    [SkippableFact]
    public void Enumerations_stream_and_a_write_may_follow_a_disposed_enumeration()
    {
        using var store = CreateStore();
        Write(store, tx => tx.AddFinds(ContractData.ManyFinds(5000)), WriteMode.Bulk);
        AddApproved(store, ContractData.NtsCreate(), ContractData.TsReduce());

        Assert.Equal(3, store.Finds().Take(3).Count());
        Assert.Single(store.Reports().Take(1));
        using (var e = store.Finds().GetEnumerator())
        {
            Assert.True(e.MoveNext());
            Assert.Equal("R-BULK-0000000", e.Current.ReportId);
        }
        Write(store, tx => tx.RemoveFinds("R-BULK-0000000"));
        Assert.Equal(4990, store.Finds().Count());
        Assert.Equal(ContractData.ManyFinds(5000).Skip(10), store.Finds());
    }

    private static Core.Projections.HazardState HazardProjectorReplay(Report create) =>
        Core.Projections.HazardProjector.Replay(create.HazardId!, [create], Safeground.Core.Rules.ProgrammeRules.Default)!;
}
