namespace Safeground.Core.Tests.Text;

// the stores' errors: Storage.Sql, Storage.GeoPackage, Storage.PostGis, Storage.Memory: the folders scanned, and the literals with words that may stay (each with its reason).
public partial class UserTextLiteralTests
{
    private static readonly string[] StoreAreas =
    [
        "src/Safeground.Storage.Sql",
        "src/Safeground.Storage.GeoPackage",
        "src/Safeground.Storage.PostGis",
        "src/Safeground.Storage.Memory",
    ];

    private static readonly (string File, string Literal)[] StoreAllowed =
    [
        // Programmer errors: our own code misusing a transaction or a sort, never a user's doing.
        ("src/Safeground.Storage.GeoPackage/GeoPackageStore.cs", "\"a write transaction is already open on this store\""),
        ("src/Safeground.Storage.PostGis/PostGisStore.cs", "\"a write transaction is already open on this store\""),
        ("src/Safeground.Storage.Memory/MemoryStore.cs", "\"a write transaction is already open on this store\""),
        ("src/Safeground.Storage.Memory/MemoryStore.cs", "\"the transaction is not the store's open one\""),
        ("src/Safeground.Storage.GeoPackage/Schema/ExternalSort.cs", "\"records were already read back\""),
        ("src/Safeground.Storage.GeoPackage/Schema/ExternalSort.cs", "\"temporary sort file ended early\""),
        // The tables' descriptions in gpkg_contents: data written into the file once, when the store is made.
        ("src/Safeground.Storage.GeoPackage/Schema/SchemaV1.cs", "\""),
        ("src/Safeground.Storage.GeoPackage/Schema/SchemaV2.cs", "\""),
        ("src/Safeground.Storage.GeoPackage/Schema/SchemaV3.cs", "\"Administrative regions: the boundaries roll-ups group by\""),
        ("src/Safeground.Storage.GeoPackage/Schema/SchemaOrdnance.cs", "\"The programme's ordnance catalogue: models finds name\""),
        ("src/Safeground.Storage.GeoPackage/Schema/SchemaRiskEducation.cs", "\"Risk-education sessions (audience counted, never named)\""),
        ("src/Safeground.Storage.GeoPackage/Schema/SchemaIncidents.cs", "\"Civilian casualty incidents (people counted, never named)\""),
        // The definition of EPSG:4326 the GeoPackage standard prescribes, word for word; a file's magic; an SQL type.
        ("src/Safeground.Storage.GeoPackage/Schema/GpkgCore.cs", "\"'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')\""),
        ("src/Safeground.Storage.GeoPackage/GeoPackageBackup.cs", "\"SQLite format 3\\0\""),
        ("src/Safeground.Storage.PostGis/Backup/BackupArchive.cs", "\"SQLite format 3\\0\""),
        ("src/Safeground.Storage.PostGis/PostGisDialect.cs", "\"double precision\""),
    ];
}
