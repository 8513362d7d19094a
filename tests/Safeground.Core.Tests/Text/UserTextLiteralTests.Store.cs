namespace Safeground.Core.Tests.Text;

// the stores' errors: Storage.Sql, Storage.GeoPackage, Storage.PostGis, Storage.Memory: the folders scanned, and the literals with words that may stay (each with its reason).
public partial class UserTextLiteralTests
{
    private static readonly string[] StoreAreas =
    [
    ];

    private static readonly (string File, string Literal)[] StoreAllowed =
    [
    ];
}
