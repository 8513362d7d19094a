using Microsoft.AspNetCore.Builder;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NetTopologySuite.Geometries;
using Scalar.AspNetCore;

namespace Safeground.Server.Api;

/// <summary>The OpenAPI document of the REST API (/api/v1/openapi.json) and its browsable reference (/api/v1/reference).</summary>
public static class ApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Safeground REST API";
            document.Info.Version = "v1";
            document.Info.Description =
                "Land-release data of a mine action programme: reports and their lifecycle (submit, approve, reject, supersede; " +
                "the IMAS land-release rules refuse illegal steps with 422), hazards with their areas and history, finds, accidents, " +
                "reference data, roll-ups and data-quality checks. Lists are paged (limit ≤ 10,000, offset; follow `next`). " +
                "Errors are RFC 9457 problem details. Access: sign in with POST /api/v1/session (cookie) or send an API token as " +
                "'Authorization: Bearer <token>' (safeground user token, or POST /api/v1/tokens); without credentials only this document, " +
                "its reference page and login answer (401), unless the server runs with --anonymous (approved data only). A write signed in " +
                "by the cookie sends the session's antiforgery token (GET /api/v1/session/antiforgery) as X-CSRF-TOKEN. Every write is " +
                "recorded in an audit log (GET /api/v1/audit, admins). " + AccidentEndpoints.PersonalDataNote;
            return Task.CompletedTask;
        });
        // A geometry is written by its own converter, so the generator knows nothing of its shape: say it is GeoJSON.
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (typeof(Geometry).IsAssignableFrom(context.JsonTypeInfo.Type))
            {
                schema.Type = JsonSchemaType.Object;
                schema.Description = "A GeoJSON geometry (RFC 7946), longitude and latitude in WGS 84";
                schema.Required = new HashSet<string> { "type" };
                schema.Properties = new Dictionary<string, IOpenApiSchema> { ["type"] = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
            // The contracts leave an absent value out (ContractJson): a property that may be null may be missing too.
            if (schema is OpenApiSchema { Properties: { } properties, Required: { Count: > 0 } required })
                foreach (var (name, property) in properties)
                    if (MayBeNull(property)) required.Remove(name);
            return Task.CompletedTask;
        });
    }

    private static bool MayBeNull(IOpenApiSchema property) =>
        property.Type is { } type && type.HasFlag(JsonSchemaType.Null)
        || property.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true;

    /// <summary>
    /// The HTTP JSON options the OpenAPI generator reads: enum values as the contracts write them and geometries by their
    /// converter. The answers themselves are written with <see cref="ApiJson.Options"/>; the OGC API and tiles write plain objects.
    /// </summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new GeoJsonGeometryConverter());
        // Answers write numbers as numbers: the web defaults' "or a string" is about reading requests.
        options.NumberHandling = JsonNumberHandling.Strict;
    }

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Open: the description of the API is no secret, and it says how to sign in.
        app.MapOpenApi(ApiEndpoints.OpenApiPath).AllowAnonymous();
        app.MapScalarApiReference("/api/v1/reference", o => o.WithTitle("Safeground REST API").WithOpenApiRoutePattern(ApiEndpoints.OpenApiPath)).AllowAnonymous();
    }
}
