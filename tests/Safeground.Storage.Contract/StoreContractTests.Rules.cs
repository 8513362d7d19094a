using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;

namespace Safeground.Storage.Contract;

// The programme's rules belong to the store (schema 6): versions kept as set, the last in force, a change replayed.
public abstract partial class StoreContractTests
{
    /// <summary>CHA from a score of 0.5 (the contract hazard's marking + scrap score 0.74: SHA by default), and completions may leave any area.</summary>
    public const string LenientRules = """
        {
          "programme": "lenient",
          "evidence": { "chaThreshold": 0.5, "directIsCha": false },
          "rules": {
            "completion-leaves-area": { "severity": "error", "threshold": 1e12, "unit": "m2" }
          }
        }
        """;

    private static readonly User RulesAdmin = new("rules.admin", "Rules Admin", Role.Admin, null, false, ContractData.T0);

    [SkippableFact]
    public void Rules_versions_round_trip_and_the_last_is_in_force()
    {
        using var store = CreateStore();
        Assert.Null(store.CurrentRules());
        Assert.Empty(store.RulesHistory());
        Assert.True(StoredProgramme.Read(store).IsBuiltInDefault);
        Assert.Equal("built-in default, never set", StoredProgramme.Read(store).Describe());

        using (var rolledBack = store.BeginWrite()) rolledBack.AddRules(LenientRules, "nobody", ContractData.T0, null);
        Assert.Null(store.CurrentRules());

        StoredRules one = null!, two = null!;
        Write(store, tx => one = tx.AddRules(LenientRules, "ana", ContractData.T0, "lenient for the pilot"));
        Write(store, tx => two = tx.AddRules(ProgrammeRules.DefaultJson, "boris", ContractData.T0.AddDays(1), null));
        Assert.Equal((1, 2), (one.Version, two.Version));
        Assert.Equal([one, two], store.RulesHistory());
        Assert.Equal(two, store.CurrentRules());
        Assert.Equal(LenientRules, store.RulesHistory()[0].Json); // byte for byte
        Assert.Equal("lenient for the pilot", store.RulesHistory()[0].Note);
        var read = StoredProgramme.Read(store);
        Assert.False(read.IsBuiltInDefault);
        Assert.Equal("default", read.Rules.Name);
        Assert.StartsWith("version 2, set by boris on 2024-03-02 06:30 UTC", read.Describe(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Setting_rules_checks_submitted_reports_again_and_replays_the_hazards()
    {
        using var store = CreateStore();
        var clock = new FixedClock(ContractData.T0.AddDays(200));
        var create = ContractData.NtsCreate();
        var completion = ContractData.Completion(); // leaves three quarters of the field: completion-leaves-area by default
        Write(store, tx =>
        {
            tx.AddReport(create, ContractData.Submitted(create));
            tx.Record(ContractData.Approved(create));
            tx.PutHazard(HazardProjector.Replay(ContractData.Hazard, [create], ProgrammeRules.Default)!);
            tx.AddReport(completion, ContractData.Submitted(completion));
        });
        Assert.Equal(HazardClass.Sha, store.FindHazard(ContractData.Hazard)!.Class);

        var lenient = new RulesChange(store, clock).Set(LenientRules, "lenient.json", RulesAdmin, "pilot");
        Assert.Equal(1, lenient.Stored.Version);
        Assert.True(lenient.Previous.IsBuiltInDefault);
        Assert.Equal(1, lenient.Pending);
        Assert.Empty(lenient.NowFail);
        Assert.Equal(["R-DONE"], lenient.NoLongerFail.Select(c => c.ReportId));
        Assert.Equal((1, 1), (lenient.Hazards, lenient.HazardsChanged));
        Assert.Equal(HazardClass.Cha, store.FindHazard(ContractData.Hazard)!.Class);
        AssertRebuildEqualsStored(store);

        var strict = new RulesChange(store, clock).Set(ProgrammeRules.DefaultJson, "default.json", RulesAdmin, null);
        Assert.Equal(2, strict.Stored.Version);
        var failing = Assert.Single(strict.NowFail);
        Assert.Equal("R-DONE", failing.ReportId);
        Assert.Contains(failing.Errors, e => e.RuleId == RuleIds.CompletionLeavesArea);
        Assert.StartsWith("R-DONE (completion-leaves-area: ", failing.Describe(), StringComparison.Ordinal);
        Assert.Equal(HazardClass.Sha, store.FindHazard(ContractData.Hazard)!.Class);
        AssertRebuildEqualsStored(store);

        // The same rules again change no state.
        Assert.Equal(0, new RulesChange(store, clock).Set(ProgrammeRules.DefaultJson, "default.json", RulesAdmin, null).HazardsChanged);
    }

    [SkippableFact]
    public void Invalid_rules_or_a_non_admin_change_nothing()
    {
        using var store = CreateStore();
        var clock = new FixedClock(ContractData.T0);
        new RulesChange(store, clock).Set(LenientRules, "lenient.json", RulesAdmin, null);
        var typo = LenientRules.Replace("completion-leaves-area", "completion-leaves-areas", StringComparison.Ordinal);
        var e = Assert.Throws<SafegroundException>(() => new RulesChange(store, clock).Set(typo, "typo.json", RulesAdmin, null));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains("typo.json: line 5: unknown rule \"completion-leaves-areas\"", e.Message, StringComparison.Ordinal);
        var broken = Assert.Throws<SafegroundException>(() => new RulesChange(store, clock).Set("{ \"rules\": { \"hazard-overlap\": { \"severity\": \"fatal\" } } }", "broken.json", RulesAdmin, null));
        Assert.Contains("broken.json", broken.Message, StringComparison.Ordinal);
        Assert.Contains("hazard-overlap", broken.Message, StringComparison.Ordinal);
        var manager = RulesAdmin with { Username = "dm", Role = Role.DataManager };
        Assert.Equal(ErrorKind.Forbidden, Assert.Throws<SafegroundException>(() => new RulesChange(store, clock).Set(ProgrammeRules.DefaultJson, "d.json", manager, null)).Kind);
        Assert.Equal(1, Assert.Single(store.RulesHistory()).Version);
        Assert.Equal("lenient", StoredProgramme.Of(store).Name);
    }

    private static void AssertRebuildEqualsStored(Core.Storage.ISafegroundStore store) =>
        StoreComparison.AssertSameHazards(ProjectionRebuild.Hazards(store, StoredProgramme.Of(store)), store.Hazards());

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
