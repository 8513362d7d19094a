using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Rules;

/// <summary>
/// The one way to the rules a store runs on: its last stored version (<see cref="IReferenceStore.CurrentRules"/>), or
/// Safeground's built-in default when it never set any. Every command, the server and sync read the rules here, so
/// no host falls back to the default while the store says otherwise.
/// </summary>
public static class StoredProgramme
{
    /// <summary>The rules <paramref name="store"/> runs on.</summary>
    public static ProgrammeRules Of(ISafegroundStore store) => Read(store).Rules;

    /// <summary>The rules <paramref name="store"/> runs on, with the version they come from (null: the built-in default, never set).</summary>
    public static ProgrammeVersion Read(ISafegroundStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stored = store.CurrentRules();
        return stored is null
            ? new ProgrammeVersion(ProgrammeRules.Default, null)
            : new ProgrammeVersion(ProgrammeRules.Parse(stored.Json, Texts.Render("rules.source", ("location", store.Location), ("version", stored.Version))), stored);
    }

    /// <summary>
    /// Records the built-in default as version 1 when the store has no rules yet (a store a demo or an import fills), so
    /// the store says what its data was loaded under even after a later Safeground changes its defaults. A store that
    /// has rules keeps them. Call it in the transaction that fills the store.
    /// </summary>
    public static void RecordDefaultIfNone(IReferenceStore store, IStoreTransaction tx, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tx);
        if (store.CurrentRules() is null) tx.AddRules(ProgrammeRules.DefaultJson, by, at, "Safeground's built-in default, recorded when the store was filled");
    }
}
