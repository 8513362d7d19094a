using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Core.Sync;

namespace Safeground.Storage.Contract.UseCases.Sync;

/// <summary>A real peer whose link drops after <paramref name="calls"/> successful pushes and fetches: the sync stops mid-way, as in the field.</summary>
internal sealed class FaultyPeer(ISyncPeer inner, int calls) : ISyncPeer
{
    private int _left = calls;

    public string Location => inner.Location;

    public IEnumerable<ManifestEntry> Manifest(SyncArea area, CancellationToken cancel) => inner.Manifest(area, cancel);

    public IReadOnlyList<SyncedReport> Fetch(IReadOnlyList<string> ids, CancellationToken cancel)
    {
        Tick();
        return inner.Fetch(ids, cancel);
    }

    public IReadOnlyList<SubmissionOutcome> Push(IReadOnlyList<Report> reports, CancellationToken cancel)
    {
        Tick();
        return inner.Push(reports, cancel);
    }

    private void Tick()
    {
        if (_left-- <= 0) throw new IOException("link lost (test)");
    }
}
