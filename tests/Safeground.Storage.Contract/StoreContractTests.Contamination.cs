using Safeground.Core.Hazards;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract;

// The contamination type a survey stated (schema 7): kept with the hazard, null kept as null, and a later put replaces it.
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void A_hazards_contamination_type_round_trips_and_a_hazard_no_survey_typed_reads_back_as_not_stated()
    {
        var untyped = ContractData.HazardState();
        Assert.Null(untyped.ContaminationType);
        var typed = Core.Projections.HazardProjector.Replay(ContractData.Hazard, [.. ContractData.HazardLife(), Typed(ContaminationType.ClusterMunitions)], ContractData.Lenient)!;
        Assert.Equal(ContaminationType.ClusterMunitions, typed.ContaminationType);
        var other = Core.Projections.HazardProjector.Replay("HA-0000", [ContractData.NtsCreate("R-NTS-B", "HA-0000")], ContractData.Lenient)!;

        using var store = CreateStore();
        Write(store, tx =>
        {
            tx.PutHazard(typed);
            tx.PutHazard(other);
        });
        AssertSameHazard(typed, store.FindHazard(ContractData.Hazard)!);
        Assert.Equal([null, ContaminationType.ClusterMunitions], store.Hazards().Select(h => h.ContaminationType));

        Write(store, tx => tx.PutHazard(typed with { ContaminationType = ContaminationType.AntiVehicleMines }));
        Assert.Equal(ContaminationType.AntiVehicleMines, store.FindHazard(ContractData.Hazard)!.ContaminationType);
        Write(store, tx => tx.PutHazard(untyped));
        Assert.Null(store.FindHazard(ContractData.Hazard)!.ContaminationType);
    }

    // A non-technical survey amending the hazard after its completion, stating the type only.
    private static Report Typed(ContaminationType type) => new(
        "R-NTS-TYPE", ContractData.Hazard, ContractData.Org, "T-1", null, new DateOnly(2024, 8, 1), ContractData.T0.AddDays(150), "surveyor",
        new NonTechnicalSurvey(SurveyAction.Amend, null, null, null, null, null, [], [], type));
}
