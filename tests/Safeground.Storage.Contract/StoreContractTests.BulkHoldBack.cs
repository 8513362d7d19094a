using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract;

// A bulk load (demo, import) holds back what approval would refuse: stored, pending, out of the ledger.
public abstract partial class StoreContractTests
{
    private static Report HazardReport(string id, int day, ReportBody body) => new(
        id, ContractData.Hazard, ContractData.Org, "T-1", null, new DateOnly(2024, 3, 1).AddDays(day), ContractData.T0.AddDays(day), "team leader", body);

    private static NetTopologySuite.Geometries.Geometry Strip(double west, double east) =>
        ContractData.Wkt(FormattableString.Invariant($"POLYGON (({west} 49.0, {east} 49.0, {east} 49.01, {west} 49.01, {west} 49.0))"));

    [SkippableFact]
    public void A_bulk_load_holds_back_a_report_that_would_raise_an_error_flag()
    {
        var reports = new[]
        {
            ContractData.NtsCreate(),
            HazardReport("R-CANCEL", 9, new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, Strip(36.0, 36.003), [], [])),
            // Three quarters of the area worked was cancelled: clearing-cancelled-land, an error.
            HazardReport("R-CLEAR", 30, new ClearanceProgress(Strip(36.0, 36.004), 20, null, [ContractData.Find(36.0035, 49.002, EoCategory.ApMine, "PMN-2")])),
            // Would have closed the hazard after R-CLEAR; without it, it leaves the strip 36.003..36.004: held back too.
            HazardReport("R-DONE2", 60, new Completion(Strip(36.004, 36.01), 13, [])),
            // And the hazard is not closed, so the handover cannot be recorded.
            HazardReport("R-HANDOVER", 70, new Handover("Village council", "agriculture", "HC-1")),
        };

        using var store = CreateStore();
        var result = new BulkLoader(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store)).Load(
            [ContractData.Organisation], [ContractData.Team], [ContractData.Deployment], [reports], [], "loader");

        Assert.Equal(1, result.Hazards);
        Assert.Equal(5, result.Reports);
        Assert.Equal(3, result.HeldBack);
        Assert.Equal(["R-CLEAR", "R-DONE2", "R-HANDOVER"], result.HeldBackReports.Select(h => h.ReportId));
        Assert.Equal(["clearing-cancelled-land"], result.HeldBackReports[0].RuleIds);
        Assert.Equal(0, result.Finds);

        // In the review queue, each with the reason in its history.
        Assert.Equal(["R-CLEAR", "R-DONE2", "R-HANDOVER"], store.Reports(ReportStatus.Submitted).Select(r => r.Report.Id).Order(StringComparer.Ordinal));
        var held = store.FindReport("R-CLEAR")!;
        Assert.Equal(ReportStatus.Submitted, held.Status);
        var submitted = Assert.Single(store.History("R-CLEAR"));
        Assert.StartsWith("held back by bulk load: report R-CLEAR reports clearance on", submitted.Reason, StringComparison.Ordinal);
        Assert.EndsWith("it was not applied", submitted.Reason, StringComparison.Ordinal);
        Assert.Equal(["R-CANCEL", "R-NTS"], store.Reports(ReportStatus.Approved).Select(r => r.Report.Id).Order(StringComparer.Ordinal));

        // The stored state is the replay of the approved reports: the survey's, nothing of the held-back ones.
        var hazard = store.FindHazard(ContractData.Hazard)!;
        AssertSameHazard(Assert.Single(ProjectionRebuild.Hazards(store, Safeground.Core.Rules.ProgrammeRules.Default)), hazard);
        AssertSameHazard(HazardProjector.Replay(ContractData.Hazard, reports.Take(2), Safeground.Core.Rules.ProgrammeRules.Default)!, hazard);
        Assert.Equal(0, hazard.ClearedM2);
        Assert.Equal(HazardStatus.Open, hazard.Status);
        Assert.Null(hazard.HandedOverTo);
        Assert.InRange(hazard.CancelledM2 + hazard.ReducedM2 + hazard.ClearedM2 + hazard.RemainingM2 - hazard.OriginalM2, -0.01, 0.01);
        Assert.Empty(store.Finds());
    }
}
