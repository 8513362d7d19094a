using Safeground.Core.Access;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Ordnance;

/// <summary>
/// Adds, edits and retires the models of a programme's ordnance catalogue: a data manager's or an admin's act (the CLI
/// and the server audit it). A name or alias is one model's only; a renamed model keeps its old name as an alias, so
/// the finds that named it still find it; a retired model stays known and is no longer offered.
/// </summary>
/// <param name="location">How errors name the store (a server does not show its file path); the store's location when null.</param>
public sealed class OrdnanceEditor(ISafegroundStore store, string? location = null)
{
    /// <summary>Adds <paramref name="model"/>; a name or alias another model answers to is a Conflict.</summary>
    public OrdnanceModel Add(OrdnanceModel model, User by)
    {
        ArgumentNullException.ThrowIfNull(model);
        Allowed(by);
        var clean = Clean(model);
        var catalogue = OrdnanceCatalogue.Of(store);
        if (catalogue.Find(clean.Name) is { } taken)
            throw SafegroundException.Conflict(Texts.Render("ordnance.error.name-taken", ("name", clean.Name), ("model", taken.Name)));
        _ = new OrdnanceCatalogue([.. catalogue.Models, clean]);
        Write(tx => tx.Put(clean));
        return clean;
    }

    /// <summary>Replaces the model <paramref name="name"/> names with <paramref name="changed"/> (NotFound with the close names).</summary>
    public OrdnanceModel Edit(string name, Func<OrdnanceModel, OrdnanceModel> changed, User by)
    {
        ArgumentNullException.ThrowIfNull(changed);
        Allowed(by);
        var catalogue = OrdnanceCatalogue.Of(store);
        var old = catalogue.Resolve(name, location ?? store.Location);
        var next = Clean(changed(old));
        if (next.Id != old.Id && !next.Aliases.Any(a => OrdnanceCatalogue.Key(a) == old.Id))
            next = next with { Aliases = [.. next.Aliases, old.Name] };
        _ = new OrdnanceCatalogue([.. catalogue.Models.Where(m => m.Id != old.Id), next]);
        Write(tx =>
        {
            if (next.Id != old.Id) tx.RemoveOrdnanceModel(old.Id);
            tx.Put(next);
        });
        return next;
    }

    /// <summary>Retires the model <paramref name="name"/> names as of <paramref name="on"/>.</summary>
    public OrdnanceModel Retire(string name, DateOnly on, User by) => Edit(name, m => m with { RetiredOn = on }, by);

    private static void Allowed(User by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!AccessPolicy.CanManageOrdnance(by))
            throw SafegroundException.Forbidden(Texts.Render("ordnance.error.not-allowed", ("username", by.Username)));
    }

    // Names as typed, without the spaces around them; an alias that is the name itself or said twice is left out.
    private static OrdnanceModel Clean(OrdnanceModel m)
    {
        var name = m.Name?.Trim() ?? "";
        if (OrdnanceCatalogue.Key(name).Length == 0) throw SafegroundException.Invalid(Texts.Render("ordnance.error.name-empty", ("model", name)));
        var aliases = m.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0)
            .DistinctBy(OrdnanceCatalogue.Key).Where(a => OrdnanceCatalogue.Key(a) != OrdnanceCatalogue.Key(name)).ToList();
        return m with
        {
            Name = name,
            Aliases = aliases,
            Fuzes = m.Fuzes.Count == 0 ? [FuzeKind.Unknown] : [.. m.Fuzes.Distinct()],
            Hazard = string.IsNullOrWhiteSpace(m.Hazard) ? null : m.Hazard.Trim(),
            Country = string.IsNullOrWhiteSpace(m.Country) ? null : m.Country.Trim(),
        };
    }

    private void Write(Action<IStoreTransaction> work)
    {
        using var tx = store.BeginWrite();
        work(tx);
        tx.Commit();
    }
}
