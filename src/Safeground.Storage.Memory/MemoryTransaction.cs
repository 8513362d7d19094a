using Safeground.Core;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Storage.Memory;

/// <summary>
/// One write transaction on a <see cref="MemoryStore"/>: every change makes the next <see cref="MemoryState"/> from
/// the last (immutable collections share what did not change); <see cref="Commit"/> hands the store the result, and
/// disposing without it drops it. Checks and errors are the real stores' (Conflict for a duplicate id, NotFound for
/// an unknown one), so a use case tested on memory fails the same way on a file or a server.
/// </summary>
internal sealed partial class MemoryTransaction : IStoreTransaction
{
    private readonly MemoryStore _store;
    private MemoryState _state;
    private bool _done;

    public MemoryTransaction(MemoryStore store, MemoryState committed)
    {
        _store = store;
        _state = committed;
    }

    private string Location => _store.Location;

    public void Commit()
    {
        ThrowIfDone();
        _store.Commit(this, _state);
        Finish();
    }

    public void Dispose()
    {
        if (_done) return;
        Finish();
    }

    private void Finish()
    {
        _done = true;
        _store.Ended(this);
    }

    /// <summary>Applies one change; a change that throws leaves the state as it was before it.</summary>
    private void Change(Func<MemoryState, MemoryState> change)
    {
        ThrowIfDone();
        _state = change(_state);
    }

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);

    /// <summary>A row id for a feature: later writes page after earlier ones, as fids do.</summary>
    private static (MemoryState State, long Fid) NextFid(MemoryState s, int count = 1) => (s with { NextFid = s.NextFid + count }, s.NextFid);

    private SafegroundException Unique(string what) =>
        new(ErrorKind.Storage, Texts.Render("store.unique", ("location", Location), ("what", what)));
}
