using Safeground.Core.Ordnance;

namespace Safeground.Storage.Sql;

// The programme's ordnance catalogue (issue 18).
public abstract partial class SqlStore
{
    public IReadOnlyList<OrdnanceModel> OrdnanceModels() => RowList(
        "SELECT id, name, category, fuzes, hazard, aliases, country, retired_on FROM ordnance_models ORDER BY id",
        r => new OrdnanceRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), TextOrNull(r, 4), r.GetString(5),
            TextOrNull(r, 6), TextOrNull(r, 7)).ToModel());
}
