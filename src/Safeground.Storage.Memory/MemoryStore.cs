using Safeground.Core.Storage;

namespace Safeground.Storage.Memory;

/// <summary>
/// A Safeground store held in memory: the same contract as the GeoPackage and PostGIS stores (the contract suite
/// runs on it), for Core's use-case tests and anything else that needs a real store without a file or a server.
/// </summary>
/// <remarks>
/// The committed data is one immutable <see cref="MemoryState"/>; a transaction builds the next one and its commit
/// swaps it in. So reads see only committed data, streams go on reading the state they started on, and a
/// transaction disposed without commit keeps nothing. Nothing is kept after the process ends.
/// </remarks>
public sealed partial class MemoryStore : ISafegroundStore
{
    private static int _opened;
    private MemoryState _committed = MemoryState.Empty;
    private MemoryTransaction? _active;
    private bool _disposed;

    /// <summary>A new, empty store; <paramref name="name"/> only names it in messages.</summary>
    public MemoryStore(string? name = null)
    {
        Location = "memory:" + (name ?? Interlocked.Increment(ref _opened).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public string Location { get; }

    public IStoreTransaction BeginWrite(WriteMode mode = WriteMode.Normal)
    {
        // The mode is a hint about index maintenance; a memory store has no index to defer.
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_active is not null) throw new InvalidOperationException("a write transaction is already open on this store");
        _active = new MemoryTransaction(this, _committed);
        return _active;
    }

    internal void Commit(MemoryTransaction transaction, MemoryState state)
    {
        if (!ReferenceEquals(_active, transaction)) throw new InvalidOperationException("the transaction is not the store's open one");
        _committed = state with { Generation = state.Generation + 1 };
    }

    internal void Ended(MemoryTransaction transaction)
    {
        if (ReferenceEquals(_active, transaction)) _active = null;
    }

    /// <summary>The committed state, for one read (a stream keeps the state it started on).</summary>
    private MemoryState State
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _committed;
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _active?.Dispose();
        _committed = MemoryState.Empty;
    }
}
