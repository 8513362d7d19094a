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
