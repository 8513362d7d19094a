using Safeground.Core.Ordnance;

namespace Safeground.Storage.Sql;

// The programme's ordnance catalogue (issue 18): a model is written whole, by its id.
public abstract partial class SqlTransaction
{
    public void Put(OrdnanceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var row = OrdnanceRow.Of(model);
        Guard(() => Write(
            "INSERT INTO ordnance_models (id, name, category, fuzes, hazard, aliases, country, retired_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, category = excluded.category, fuzes = excluded.fuzes, hazard = excluded.hazard, " +
            "aliases = excluded.aliases, country = excluded.country, retired_on = excluded.retired_on",
            row.Id, row.Name, row.Category, row.Fuzes, row.Hazard, row.Aliases, row.Country, row.RetiredOn));
    }

    public void RemoveOrdnanceModel(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Guard(() => Write("DELETE FROM ordnance_models WHERE id = $1", id));
    }
}
