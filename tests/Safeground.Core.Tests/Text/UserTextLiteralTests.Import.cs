namespace Safeground.Core.Tests.Text;

// Core's Import, Status (period labels) and Reports (WKT errors), and Formats' readers: the folders scanned, and the literals with words that may stay (each with its reason).
public partial class UserTextLiteralTests
{
    private static readonly string[] ImportAreas =
    [
        "src/Safeground.Core/Import",
        "src/Safeground.Core/Status",
        "src/Safeground.Core/Reports/WktGeometryConverter.cs",
        "src/Safeground.Core/Accidents",
        "src/Safeground.Core/Hazards",
        "src/Safeground.Core/Ordnance",
        "src/Safeground.Core/Spatial",
        "src/Safeground.Formats",
    ];

    private static readonly (string File, string Literal)[] ImportAllowed =
    [
        // The organisation a release import makes when the file names none the store knows: data once stored.
        ("src/Safeground.Core/Import/ReleaseImport.cs", "\"Imported records\""),
        ("src/Safeground.Core/Import/PointReportImport.cs", "\"Imported records\""),
    ];
}
