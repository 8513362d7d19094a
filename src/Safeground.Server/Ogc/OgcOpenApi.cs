namespace Safeground.Server.Ogc;

/// <summary>The OpenAPI 3.0 definition of /ogc (conformance class oas30): hand-written, embedded, served as is.</summary>
internal static class OgcOpenApi
{
    public static string Document { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(OgcOpenApi).Assembly.GetManifestResourceStream("Safeground.Server.Ogc.openapi.json")
            ?? throw new InvalidOperationException("The OGC API definition is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
