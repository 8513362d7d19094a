using Safeground.Core.Kits;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// One kind of store (memory, GeoPackage, PostGIS) for Core's use-case tests: each store's test project names its
/// kind, and the use cases of this folder run on it. An instance belongs to one test class instance (or fixture) and
/// removes, when disposed, what it made (files, schemas); the stores themselves are disposed by the tests.
/// </summary>
public abstract class StoreKind : IDisposable
{
    /// <summary>A new, empty store.</summary>
    public abstract ISafegroundStore NewStore();

    /// <summary>
    /// A new field kit filled by <paramref name="fill"/> (<see cref="FieldKit.Fill"/>), as this kind makes kits (a GeoPackage
    /// kit is a file written through <see cref="KitFile"/> and opened again), open for the test to read.
    /// </summary>
    public virtual (ISafegroundStore Kit, KitSummary Summary) NewKit(Func<ISafegroundStore, KitSummary> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var kit = NewStore();
        try
        {
            return (kit, fill(kit));
        }
        catch
        {
            kit.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Disposes <paramref name="store"/> when the result is disposed, and lets go of all this kind holds for it (a server's
    /// connections and schema): for a test that makes many stores one after another (a property test's cases).
    /// </summary>
    public IDisposable Releasing(ISafegroundStore store) => new Release(this, store);

    /// <summary>Disposes a store this kind made and frees what it holds for it; by default, only disposes it.</summary>
    protected virtual void Free(ISafegroundStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Dispose();
    }

    private sealed class Release(StoreKind kind, ISafegroundStore store) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (_done) return;
            _done = true;
            kind.Free(store);
        }
    }

    /// <summary>
    /// How many of a seeded property test's <paramref name="full"/> cases run on this kind: all of them, but on a kind
    /// whose every statement goes through a server, fewer (CI time), always from the first seed.
    /// </summary>
    public virtual int Cases(int full) => full;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
