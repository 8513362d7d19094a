using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Hazards;
using Safeground.Core.Kits;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Sync;
using Safeground.Storage.Contract.UseCases.Sync;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// THE property of issue 14 point 1: with non-default rules stored in the store, random report sequences submitted and decided
/// through the lifecycle (as the CLI and the API call it) and through a field kit's sync leave projections that a full rebuild
/// with the store's rules reproduces exactly (geometry, areas, class, status, flags). 60 lifecycle cases and 25 sync cases,
/// from fixed seeds (a kind of store behind a server runs the first few only: <see cref="StoreKind.Cases"/>); the API and CLI
/// paths have their own cases in Server.Tests.
/// </summary>
public abstract class StoredRulesPropertyTests<TKind> : IDisposable where TKind : StoreKind, new()
{
    private static readonly User Admin = new("rules.admin", "Rules admin", Role.Admin, null, false, DateTimeOffset.UnixEpoch);
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TKind _kind = new();

    [SkippableFact]
    public void Lifecycle_sequences_under_stored_rules_rebuild_to_the_incremental_state()
    {
        int classDiffers = 0, acceptedOnlyByStoredRules = 0, approved = 0;
        for (int seed = 1; seed <= _kind.Cases(60); seed++)
        {
            using var store = NewStore();
            using var release = _kind.Releasing(store);
            var rules = StoredProgramme.Of(store);
            Assert.Equal("property", rules.Name);
            var lifecycle = new ReportLifecycle(store, new FixedClock(Now), rules);
            var strict = new ReportLifecycle(store, new FixedClock(Now), ProgrammeRules.Default);
            foreach (var step in RandomLedger.Case(seed))
            {
                bool defaultRefuses = strict.Breaches(step.Report).Any();
                if (!Decide(lifecycle, step)) continue;
                if (step.Decision == RandomLedger.Decision.Approve && store.FindReport(step.Report.Id)!.Status == Core.Reports.ReportStatus.Approved)
                {
                    approved++;
                    if (defaultRefuses) acceptedOnlyByStoredRules++;
                }
            }
            AssertRebuildEqualsIncremental(store, rules);
            var byDefault = ProjectionRebuild.Hazards(store, ProgrammeRules.Default).ToDictionary(h => h.HazardId, h => h.Class);
            classDiffers += store.Hazards().Count(h => byDefault[h.HazardId] != h.Class);
        }
        // The stored rules matter: they decided classes and approvals the built-in default would not have.
        Assert.True(classDiffers > 0, "no hazard's class differs from the default's: the stored evidence weights were not used");
        Assert.True(acceptedOnlyByStoredRules > 0, $"no approval of {approved} needed the stored thresholds");
    }

    [SkippableFact]
    public void Sync_sequences_under_stored_rules_rebuild_to_the_incremental_state_on_both_sides()
    {
        for (int seed = 1001; seed < 1001 + _kind.Cases(25); seed++)
        {
            var steps = RandomLedger.Case(seed, hazards: 2, steps: 8);
            using var national = NewStore();
            using var releaseNational = _kind.Releasing(national);
            using (var tx = national.BeginWrite())
            {
                tx.ReplaceRegions([new Region("North", Square(35.9, 48.9, 0.3))]);
                tx.Commit();
            }
            var nationalLifecycle = new ReportLifecycle(national, new TickingClock(Now), StoredProgramme.Of(national));
            var creations = steps.TakeWhile(s => s.Report.Body is Core.Reports.NonTechnicalSurvey { Action: Core.Reports.SurveyAction.Create }).ToList();
            foreach (var s in creations) Decide(nationalLifecycle, s);

            using var kit = _kind.NewStore();
            using var releaseKit = _kind.Releasing(kit);
            FieldKit.Fill(national, kit, new KitRequest("North"));
            Assert.Equal("property", StoredProgramme.Of(kit).Name); // the kit runs on the national rules
            var kitLifecycle = new ReportLifecycle(kit, new TickingClock(Now.AddDays(-1)), StoredProgramme.Of(kit));
            var pending = new List<RandomLedger.Step>();
            foreach (var s in steps.Skip(creations.Count))
            {
                try
                {
                    kitLifecycle.Submit(s.Report);
                    pending.Add(s);
                }
                catch (SafegroundException)
                {
                    // refused in the field: never leaves the kit
                }
            }
            new FieldKitSync(kit, new StorePeer(national, nationalLifecycle)).Run();
            foreach (var s in pending) Decide(nationalLifecycle, s, submit: false);
            new FieldKitSync(kit, new StorePeer(national, nationalLifecycle)).Run();

            AssertRebuildEqualsIncremental(national, StoredProgramme.Of(national));
            AssertRebuildEqualsIncremental(kit, StoredProgramme.Of(kit));
            StoreComparison.AssertSameHazards(national.Hazards(), kit.Hazards());
        }
    }

    /// <summary>Submits (unless already there) and decides one step as its decision says; false when the submission was refused.</summary>
    internal static bool Decide(ReportLifecycle lifecycle, RandomLedger.Step step, bool submit = true)
    {
        if (submit)
        {
            try
            {
                lifecycle.Submit(step.Report);
            }
            catch (SafegroundException)
            {
                return false;
            }
        }
        try
        {
            if (step.Decision == RandomLedger.Decision.Approve) lifecycle.Approve(step.Report.Id, TestDeciders.DataManager);
            else if (step.Decision == RandomLedger.Decision.Reject) lifecycle.Reject(step.Report.Id, TestDeciders.DataManager, "not this time");
        }
        catch (SafegroundException e) when (e.Kind is ErrorKind.Conflict or ErrorKind.Invalid)
        {
            // approving it now breaks a rule (others were approved since): it stays submitted
        }
        return true;
    }

    internal static void AssertRebuildEqualsIncremental(ISafegroundStore store, ProgrammeRules rules) =>
        StoreComparison.AssertSameHazards(ProjectionRebuild.Hazards(store, rules), store.Hazards());

    private ISafegroundStore NewStore()
    {
        var store = _kind.NewStore();
        using (var tx = store.BeginWrite())
        {
            tx.Put(RandomLedger.Organisation);
            tx.Put(RandomLedger.TeamOf);
            tx.Commit();
        }
        new RulesChange(store, new FixedClock(Now)).Set(RandomLedger.Rules, "property.json", Admin, "property test");
        return store;
    }

    private static NetTopologySuite.Geometries.Polygon Square(double lon, double lat, double side) => Core.Spatial.Geo.Factory.CreatePolygon([
        new(lon, lat), new(lon + side, lat), new(lon + side, lat + side), new(lon, lat + side), new(lon, lat)]);

    public void Dispose() => _kind.Dispose();
}
