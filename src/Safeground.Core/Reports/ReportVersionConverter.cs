using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Safeground.Core.Text;

namespace Safeground.Core.Reports;

/// <summary>
/// Reads and writes a <see cref="Report"/> with its payload version (<see cref="ReportVersions"/>) wherever one
/// travels: a stored payload, an API body, a sync batch, a kit. Reading looks for <c>"v"</c> first (on a copy of
/// the reader), so a newer payload is refused before its unknown fields could be misread.
/// </summary>
internal sealed class ReportVersionConverter(JsonSerializerOptions plain) : JsonConverter<Report>
{
    private readonly JsonTypeInfo<Report> _report = (JsonTypeInfo<Report>)plain.GetTypeInfo(typeof(Report));

    public override Report Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        int version = ReportVersions.Check(VersionOf(reader));
        if (!ReportVersions.NeedsUpgrade(version))
            return JsonSerializer.Deserialize(ref reader, _report) ?? throw new JsonException(Texts.Render("error.report.empty"));
        var payload = JsonNode.Parse(ref reader) as JsonObject ?? throw new JsonException(Texts.Render("error.report.not-object"));
        return ReportVersions.Upgrade(payload, version).Deserialize(_report) ?? throw new JsonException(Texts.Render("error.report.empty"));
    }

    // "v" is written first; one written by hand may stand anywhere at the top level, so the rest is skipped through.
    private static int VersionOf(Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return ReportVersions.Unversioned;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isVersion = reader.ValueTextEquals(ReportVersions.Property);
            reader.Read();
            if (!isVersion)
            {
                reader.Skip();
                continue;
            }
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int v))
                throw SafegroundException.Invalid(Texts.Render("error.report.payload-version-number", ("property", ReportVersions.Property), ("current", ReportVersions.Current)));
            return v;
        }
        return ReportVersions.Unversioned;
    }

    public override void Write(Utf8JsonWriter writer, Report value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, _report);
}
