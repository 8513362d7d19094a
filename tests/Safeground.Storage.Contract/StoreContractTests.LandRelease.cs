using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;

namespace Safeground.Storage.Contract;

// What the land-release rules add: flags, the defined hazardous area, handover, releases spanning hazards.
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void A_hazard_keeps_its_rule_flags_defined_area_and_handover()
    {
        var ts = ContractData.TsReduce() with
        {
            Body = ((TechnicalSurvey)ContractData.TsReduce().Body) with
            {
                Defined = ContractData.Wkt("POLYGON ((36.006 49.006, 36.01 49.006, 36.01 49.01, 36.006 49.01, 36.006 49.006))"),
            },
        };
        var state = HazardProjector.Replay(ContractData.Hazard, [ContractData.NtsCreate(), ts, ContractData.Completion()], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Contains(state.RuleFlags, f => f.RuleId == RuleIds.ReleaseOutsideHazard && f.ReportId == "R-TS");
        Assert.Contains(state.RuleFlags, f => f.RuleId == RuleIds.CompletionLeavesArea && f.Severity == Severity.Error);
        Assert.NotNull(state.Defined);
        var handedOver = state with { HandedOverTo = "Municipality of Balakliia", HandedOverOn = new DateOnly(2024, 7, 1) };

        using var store = CreateStore();
        Write(store, tx => tx.PutHazard(handedOver));
        AssertSameHazard(handedOver, store.FindHazard(ContractData.Hazard)!);
    }

    [SkippableFact]
    public void A_release_spanning_hazards_is_among_the_reports_of_each()
    {
        var other = ContractData.NtsCreate("R-NTS-B", "HA-0002");
        var spanning = ContractData.Completion("R-SPAN") with { AlsoHazards = ["HA-0002"] };
        using var store = CreateStore();
        AddApproved(store, ContractData.NtsCreate(), other, spanning);

        Assert.Equal(["R-NTS", "R-SPAN"], store.ReportsOfHazard(ContractData.Hazard).Select(r => r.Report.Id));
        Assert.Equal(["R-NTS-B", "R-SPAN"], store.ReportsOfHazard("HA-0002").Select(r => r.Report.Id));
        Assert.Equal(["R-NTS-B", "R-SPAN"], store.ReportsOfHazard("HA-0002", ReportStatus.Approved).Select(r => r.Report.Id));
        AssertSameReport(spanning, store.FindReport("R-SPAN")!.Report);
        Assert.Equal(store.Reports().Select(ReportHeader.Of).Select(h => h with { AlsoHazards = [.. h.AlsoHazards] }).Select(Text),
            store.ReportHeaders().Select(Text));
        Assert.Equal(["HA-0001", "HA-0002"], store.ReportHeaders().Single(h => h.Id == "R-SPAN").HazardIds());
    }

    [SkippableFact]
    public void Hazards_are_found_by_area_through_the_index()
    {
        var near = HazardProjector.Replay(ContractData.Hazard, [ContractData.NtsCreate()], Safeground.Core.Rules.ProgrammeRules.Default)!;
        var far = HazardProjector.Replay("HA-FAR", [ContractData.NtsCreate("R-FAR", "HA-FAR") with
        {
            Body = ((NonTechnicalSurvey)ContractData.NtsCreate().Body) with
            {
                Perimeter = ContractData.Wkt("POLYGON ((37.0 48.0, 37.01 48.0, 37.01 48.01, 37.0 48.01, 37.0 48.0))"),
            },
        }], Safeground.Core.Rules.ProgrammeRules.Default)!;
        using var store = CreateStore();
        Write(store, tx =>
        {
            tx.PutHazard(near);
            tx.PutHazard(far);
        });
        Assert.Equal([ContractData.Hazard], store.HazardsIntersecting(new NetTopologySuite.Geometries.Envelope(36.005, 36.02, 49.005, 49.02)).Select(h => h.HazardId));
        Assert.Equal(["HA-0001", "HA-FAR"], store.HazardsIntersecting(new NetTopologySuite.Geometries.Envelope(35, 38, 47, 50)).Select(h => h.HazardId));
        Assert.Empty(store.HazardsIntersecting(new NetTopologySuite.Geometries.Envelope(10, 11, 10, 11)));
    }

    /// <summary>A header as text: records holding lists compare by reference.</summary>
    private static string Text(ReportHeader h) =>
        $"{h.Id} {h.Kind} {h.HazardId} [{string.Join(",", h.AlsoHazards)}] {h.OrganisationId} {h.Status} {h.DecidedAt:O}";
}
