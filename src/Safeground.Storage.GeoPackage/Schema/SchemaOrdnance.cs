using Microsoft.Data.Sqlite;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration (issue 18, ordnance catalogue): the programme's ordnance models, seeded with the common ones, an attribute
/// table QGIS lists beside the others.
/// </summary>
internal static class SchemaOrdnance
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx)
    {
        Sql.Exec(c, tx, SharedSchema.Step(SharedSchema.OrdnanceStep, GeoPackageDialect.Instance));
        GpkgCore.AddAttributeTable(c, tx, "ordnance_models", "The programme's ordnance catalogue: models finds name");
    }
}
