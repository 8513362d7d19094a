using System.Text.Json;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// One rule case of RuleCases/*.json: reference data, reports in Safeground's report JSON (geometries
/// as WKT), the moment the check runs, and every finding it must give (rule, record, severity; "why"
/// is for the reader).
/// </summary>
public sealed record RuleCase(
    string Rule,
    string Explanation,
    DateTimeOffset Now,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<Deployment> Deployments,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<RuleCase.ExpectedFinding> Expected)
{
    public sealed record ExpectedFinding(string Rule, string Record, string Severity, string? Why = null);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "RuleCases");

    // Report JSON's own options (camelCase, kebab-case enums, WKT geometries) read the reference data too.
    public static RuleCase Load(string name) =>
        JsonSerializer.Deserialize<RuleCase>(File.ReadAllText(Path.Combine(Folder, name + ".json")), ReportJson.Options)
        ?? throw new InvalidDataException($"{name}.json is empty");
}
