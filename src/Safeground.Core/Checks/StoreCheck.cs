using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Core.Checks;

/// <summary>
/// "Can we believe what we are told?": runs every enabled rule of a programme over a store and streams
/// what it finds. The store is read once, in order: hazards (kept as compact facts, see
/// <see cref="HazardFacts"/>), the pairs of hazards an STR-tree says may overlap, then the approved
/// reports with their finds, then per-deployment totals. Nothing is quadratic in the number of records.
/// </summary>
/// <remarks>
/// The land-release rules the replay applies (clearing cancelled land, completion leaving area, ...)
/// are not checked again: the flags the replay recorded on each hazard are reported as findings
/// (<see cref="ReplayFlags"/>). They were set with the programme in force when the hazard was replayed;
/// a programme passed here can switch them off or change their severity, not their thresholds.
/// </remarks>
/// <param name="selection">The rules to run (null: all the programme enables); a family with none of them is skipped.</param>
public sealed class StoreCheck(ProgrammeRules rules, TimeProvider clock, RuleSelection? selection = null)
{
    /// <typeparam name="TStore">Reads hazards, approved reports and the teams and deployments: no map layers, no access.</typeparam>
    public IEnumerable<Finding> Run<TStore>(TStore store, CancellationToken cancellationToken = default)
        where TStore : IReportStore, IProjectionStore, IReferenceStore
    {
        ArgumentNullException.ThrowIfNull(store);
        var sink = new FindingSink(rules, selection);
        var context = new CheckContext(rules, clock.GetUtcNow(), store.Teams(), store.Deployments(), Ordnance.OrdnanceCatalogue.Of(store), store.Organisations());
        var families = Families().Where(f => f.Enabled(sink)).ToList();

        foreach (var hazard in store.Hazards())
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.Hazards.Add(hazard);
            foreach (var f in families) f.Hazard(hazard, context, sink);
            foreach (var finding in sink.Drain()) yield return finding;
        }
        foreach (var f in families)
        {
            foreach (var _ in f.AcrossHazards(context, sink))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var finding in sink.Drain()) yield return finding;
            }
        }
        foreach (var record in store.Reports(ReportStatus.Approved))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var f in families) f.Report(record.Report, context, sink);
            foreach (var finding in sink.Drain()) yield return finding;
        }
        foreach (var f in families) f.Finish(context, sink);
        foreach (var finding in sink.Drain()) yield return finding;
    }

    private static RuleFamily[] Families() =>
    [
        new ReplayFlags(),
        new GeometryChecks(),
        new EoDensityChecks(),
        new HazardOverlapChecks(),
        new DateChecks(),
        new FindChecks(),
        new ProductivityChecks(),
        new AccidentChecks(),
        new DeploymentEffortChecks(),
        new ContaminationTypeChecks(),
        new OrdnanceChecks(),
        new QualityChecks(),
        new AccreditationChecks(),
    ];
}
