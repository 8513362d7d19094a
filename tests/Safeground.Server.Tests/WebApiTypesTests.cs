using System.Text.Json.Nodes;

namespace Safeground.Server.Tests;

/// <summary>
/// The web app reads the API's shapes: its typedefs are generated from the OpenAPI snapshot, and every field it reads from an
/// answer exists in the snapshot's schemas (a renamed field in a contract fails here, not in a user's browser).
/// </summary>
public class WebApiTypesTests
{
    private static JsonNode Committed() => JsonNode.Parse(File.ReadAllText(Snapshot.PathOf(OpenApiSnapshotTests.SnapshotPath)))!;

    private static string WebSource => Snapshot.PathOf("web/src");

    [Fact]
    public void Snapshot_the_web_app_typedefs_are_generated_from_the_openapi_snapshot()
    {
        Snapshot.MatchText(WebApiTypes.TypesPath, WebApiTypes.Generate(Committed()));
    }

    [Fact]
    public void Every_field_the_web_app_reads_from_an_answer_is_in_the_schemas()
    {
        var unknown = WebApiTypes.Scan(Committed(), WebSource);
        Assert.True(unknown.Count == 0, "the web app reads fields no API schema has:\n" + string.Join("\n", unknown.Select(u => $"web/src/{u.File}:{u.Line}: {u.Read}")));
    }

    [Theory]
    [InlineData("HazardAreasView", "remainingM2", "hazard.body.areas.remainingM2")]
    [InlineData("ReportSummaryView", "dateOfInformation", "r.dateOfInformation")]
    [InlineData("HazardImpactView", "flags", "h.flags.length")]
    [InlineData("HazardDetailView", "findCount", "h.findCount")]
    [InlineData("TimelinePoint", "reportId", "p.reportId")]
    public void A_field_renamed_in_a_contract_is_caught_where_the_web_app_reads_it(string schema, string field, string read)
    {
        var doc = Committed();
        var properties = doc["components"]!["schemas"]![schema]!["properties"]!.AsObject();
        var value = properties[field]!.DeepClone();
        properties.Remove(field);
        properties[field + "Renamed"] = value;
        var unknown = WebApiTypes.Scan(doc, WebSource);
        Assert.Contains(unknown, u => u.Read == read);
    }
}
