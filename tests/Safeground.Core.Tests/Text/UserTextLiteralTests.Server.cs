namespace Safeground.Core.Tests.Text;

// the server's endpoints: Api, Ogc, Tiles, the web app host: the folders scanned, and the literals with words that may stay (each with its reason).
// A line that calls .WithSummary( or .WithDescription( is not scanned at all (Converted_areas_write_no_sentence_in_code):
// an endpoint's OpenAPI summary is developer documentation, in English as the OGC API definition is. Only the summaries
// that continue on a line of their own, and the document's own texts, are listed here.
public partial class UserTextLiteralTests
{
    private static readonly string[] ServerAreas =
    [
        "src/Safeground.Server/Api",
        "src/Safeground.Server/Ogc",
        "src/Safeground.Server/Tiles",
        "src/Safeground.Server/WebApp.cs",
        "src/Safeground.Server/SafegroundServer.cs",
        "src/Safeground.Server/StoreRedaction.cs",
        "src/Safeground.Server/HostedLifetime.cs",
        "src/Safeground.Server/ServerOptions.cs",
    ];

    private static readonly (string File, string Literal)[] ServerAllowed =
    [
        // The API document (OpenAPI): its title, description and schema notes, and the reference page's title, for integrators.
        ("src/Safeground.Server/Api/ApiDocument.cs", "\"Safeground REST API\""),
        ("src/Safeground.Server/Api/ApiDocument.cs", "\"Land-release data of a mine action programme"),
        ("src/Safeground.Server/Api/ApiDocument.cs", "\"the IMAS land-release rules refuse"),
        ("src/Safeground.Server/Api/ApiDocument.cs", "\"reference data, roll-ups and data-quality checks"),
        ("src/Safeground.Server/Api/ApiDocument.cs", "\"Errors are RFC 9457 problem details"),
        ("src/Safeground.Server/Api/ApiDocument.cs", "\"'Authorization: Bearer <token>' (safeground user token"),
        ("src/Safeground.Server/Api/ApiDocument.cs", "\"its reference page and login answer"),
        ("src/Safeground.Server/Api/ApiDocument.cs", "\"by the cookie sends the session's antiforgery token"),
        ("src/Safeground.Server/Api/ApiDocument.cs", "\"recorded in an audit log"),
        ("src/Safeground.Server/Api/ApiDocument.cs", "\"A GeoJSON geometry (RFC 7946)"),
        ("src/Safeground.Server/Api/AccidentEndpoints.cs", "\"Victims are served in lists only as counts"),
        ("src/Safeground.Server/Api/AccidentEndpoints.cs", "\"an accident report (/reports/{id}) shows them only"),
        ("src/Safeground.Server/Api/ReportEndpoints.cs", "\"the same report sent again (same id, content and submitter)"),
        // Programmer errors: the API never reads a geometry through its writer, the OGC definition is embedded by the
        // build, and the tile encoder is only handed the attribute types it writes.
        ("src/Safeground.Server/Api/GeoJsonGeometryConverter.cs", "\"the API reads geometries as WKT inside reports\""),
        ("src/Safeground.Server/Ogc/OgcOpenApi.cs", "\"The OGC API definition is missing from the assembly.\""),
        ("src/Safeground.Server/Tiles/MvtLayerBuilder.cs", "$\"map attribute value of type {v.GetType().Name}\""),
    ];
}
