using Safeground.Core.Lifecycle;

namespace Safeground.Core.Sync;

/// <summary>What one sync did: what went to the national side, what came back, and what a data manager must look at.</summary>
/// <param name="Region">The kit's area (its one region), or null when everything was exchanged.</param>
/// <param name="Pushed">Reports the national side accepted as new submissions.</param>
/// <param name="AlreadyPresent">Reports pushed that the national side already held (nothing done).</param>
/// <param name="Refused">Reports the national side refused, with its reason; they stay on the kit and are sent again next time.</param>
/// <param name="Pulled">Reports the kit received that it lacked, with their history.</param>
/// <param name="Updated">Reports both held to which the kit appended the national side's decisions.</param>
/// <param name="HazardsReplayed">Hazard projections of the kit rewritten from its approved reports.</param>
/// <param name="DecisionsNotSent">Approvals, rejections or supersessions made on the kit of which the national side has none: it decides.</param>
/// <param name="Conflicts">Competing corrections in the kit after the sync (see <see cref="SupersedeConflicts"/>).</param>
/// <param name="Batches">Transactions committed on the kit or the national side.</param>
public sealed record SyncResult(
    string? Region,
    int Pushed,
    int AlreadyPresent,
    IReadOnlyList<SubmissionOutcome> Refused,
    int Pulled,
    int Updated,
    int HazardsReplayed,
    int DecisionsNotSent,
    IReadOnlyList<SupersedeConflict> Conflicts,
    int Batches)
{
    /// <summary>Whether the sync changed nothing on either side.</summary>
    public bool NothingToDo => Pushed == 0 && Pulled == 0 && Updated == 0;
}
