using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;

namespace Safeground.Core.Sync;

/// <summary>
/// The national side of a field-kit sync: a Safeground server over HTTP, or a store opened directly
/// (<see cref="StorePeer"/>). Reports are exchanged by id; the national side is authoritative for decisions.
/// </summary>
/// <remarks>
/// Every call is idempotent: a sync that is interrupted between calls is finished by running it again, since
/// each run recomputes the difference by id from <see cref="Manifest"/>.
/// </remarks>
public interface ISyncPeer
{
    /// <summary>Where the national side is (URL or store), for messages.</summary>
    string Location { get; }

    /// <summary>The id, status and last decision of every report of <paramref name="area"/> the caller may receive, streamed.</summary>
    IEnumerable<ManifestEntry> Manifest(SyncArea area, CancellationToken cancel);

    /// <summary>
    /// The reports of these ids with their full history; ids the caller may not receive, or that do not exist, are left out.
    /// Victims' personal data is withheld (<see cref="Accidents.PersonalData"/>), whoever asks.
    /// </summary>
    IReadOnlyList<SyncedReport> Fetch(IReadOnlyList<string> ids, CancellationToken cancel);

    /// <summary>Submits the reports as new submissions, in one transaction; one outcome per report, in order.</summary>
    IReadOnlyList<SubmissionOutcome> Push(IReadOnlyList<Report> reports, CancellationToken cancel);
}
