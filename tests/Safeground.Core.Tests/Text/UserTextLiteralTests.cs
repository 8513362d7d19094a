using System.Text.RegularExpressions;

namespace Safeground.Core.Tests.Text;

/// <summary>
/// No sentence a user reads is written in code: in the areas converted to Text/en/*.json, a string literal with two
/// words in a row (after taking out an interpolation's holes) fails, unless the allowlist below says why it may stay.
/// </summary>
/// <remarks>
/// Covers the converted areas only (issue 15 point 7): the replay's rule flags, the check findings, report
/// validation and the report check, the plausibility assessment, Core's errors outside Import, Reports and Status,
/// the server's problem-details titles, its access refusals (Access) and the OGC query errors. Still written in code,
/// and so not scanned yet: Core's Import, Reports (WKT errors) and Status (period labels), the server's endpoint
/// messages (Api, the rest of Ogc, Tiles), the stores'
/// errors, the CLI's output and errors, and the web app's strings. Add a folder here when it is converted.
/// </remarks>
public partial class UserTextLiteralTests
{
    // Each area of the code lists its folders and allowed literals in a file of its own
    // (UserTextLiteralTests.<Area>.cs), beside its words in src/Safeground.Core/Text/en/<area>.json.
    private static IEnumerable<string> Areas => [.. CoreAreas, .. ImportAreas, .. ServerAreas, .. StoreAreas, .. CliAreas];

    private static IEnumerable<(string File, string Literal)> Allowed =>
        [.. CoreAllowed, .. ImportAllowed, .. ServerAllowed, .. StoreAllowed, .. CliAllowed];

    private static readonly string[] CoreAreas =
    [
        "src/Safeground.Core/Checks",
        "src/Safeground.Core/Projections",
        "src/Safeground.Core/Plausibility",
        "src/Safeground.Core/Lifecycle",
        "src/Safeground.Core/Access",
        "src/Safeground.Core/Rules",
        "src/Safeground.Core/Reference",
        "src/Safeground.Core/Storage",
        "src/Safeground.Core/Kits",
        "src/Safeground.Core/Sync",
        "src/Safeground.Core/Rollups",
        "src/Safeground.Core/Reports",
        "src/Safeground.Server/ErrorResponses.cs",
        "src/Safeground.Server/Access",
        "src/Safeground.Server/Ogc/OgcItemsRequest.cs",
    ];

    // (file, literal): literals with words that are not sentences for a reader.
    private static readonly (string File, string Literal)[] CoreAllowed =
    [
        // Reasons and notes written into the store with an event or a rules version: data once stored, in the
        // language of whoever wrote them (as a reviewer's rejection reason is).
        ("src/Safeground.Core/Lifecycle/BulkLoader.cs", "\"bulk load\""),
        ("src/Safeground.Core/Lifecycle/BulkLoader.cs", "\"held back by bulk load: \""),
        ("src/Safeground.Core/Lifecycle/BulkLoader.cs", "\"imported from \""),
        ("src/Safeground.Core/Lifecycle/BulkHoldBack.cs", "were held back\""),
        ("src/Safeground.Core/Lifecycle/ReportLifecycle.cs", "$\"superseded by {reportId}: {report.SupersedeReason}\""),
        ("src/Safeground.Core/Rules/StoredProgramme.cs", "\"Safeground's built-in default, recorded when the store was filled\""),
        ("src/Safeground.Core/Kits/FieldKit.cs", "of the store this kit was made from\""),
        // A thread's name, for a debugger.
        ("src/Safeground.Core/Lifecycle/BulkLoader.cs", "\"bulk load producer\""),
        // Programmer errors (a rule id or resource the code itself names), never a user's doing.
        ("src/Safeground.Core/Rules/ProgrammeRules.cs", "is not in the default programme\""),
        ("src/Safeground.Core/Rules/ProgrammeRules.cs", "has no threshold\""),
        ("src/Safeground.Core/Rules/ProgrammeRules.cs", "is missing from Safeground.Core\""),
        ("src/Safeground.Core/Storage/StoredNames.cs", "is not a known {typeof(T).Name}\""),
        // Written into the store with a token (its name and where it came from): data once stored, like a reason.
        ("src/Safeground.Server/Access/SessionEndpoints.cs", "\"web session\""),
        ("src/Safeground.Server/Access/SessionEndpoints.cs", "\"sign-in from \""),
        ("src/Safeground.Server/Access/SessionEndpoints.cs", "\"web session \""),
        ("src/Safeground.Server/Access/SessionEndpoints.cs", "\"API token \""),
        // The audit log's own record of a request (data, in the log's language) and an authentication scheme's display name.
        ("src/Safeground.Server/Access/AuditMiddleware.cs", "\"(no such endpoint)\""),
        ("src/Safeground.Server/Access/AccessServices.cs", "\"Safeground caller\""),
        // A summary continued on its own line (the scanner skips lines calling .WithSummary/.WithDescription): API documentation, in English.
        ("src/Safeground.Server/Access/SessionEndpoints.cs", "\"(scripts use them); they are listed"),
        // A programmer error: an open endpoint asked who calls.
        ("src/Safeground.Server/Access/Caller.cs", "\"no caller: the endpoint is open, it must not ask who calls\""),
        // System.Text.Json's own message, recognised to say which kinds there are.
        ("src/Safeground.Core/Reports/ReportJsonError.cs", "\"Read unrecognized type discriminator id '\""),
        // The rollups' group for land outside every region: a key compared in code and tests (shown through a text in issue 16).
        ("src/Safeground.Core/Rollups/RegionIndex.cs", "\"(outside regions)\""),
    ];

    [Fact]
    public void Converted_areas_write_no_sentence_in_code()
    {
        var found = new List<string>();
        var used = new HashSet<(string File, string Literal)>();
        foreach (var file in Areas.SelectMany(SourceTree.CSharp))
        {
            var relative = SourceTree.Relative(file);
            int n = 0;
            foreach (var line in File.ReadLines(file))
            {
                n++;
                var code = line.TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith('[')) continue; // comments, attributes
                if (OpenApiText(code)) continue; // the API document's summaries: developer documentation, in English as the OGC specs are
                foreach (Match m in Literal().Matches(line))
                {
                    var text = m.Groups["interpolated"].Success ? Hole().Replace(m.Groups["text"].Value, "") : m.Groups["text"].Value;
                    if (!Sentence().IsMatch(text) || Sql().IsMatch(text)) continue;
                    var allowed = Allowed.Where(a => a.File == relative && m.Value.Contains(a.Literal, StringComparison.Ordinal)).ToList();
                    used.UnionWith(allowed);
                    if (allowed.Count == 0) found.Add($"{relative}:{n}: {m.Value}");
                }
            }
        }
        // An entry that allows nothing any more would let a sentence come back unseen: it must go.
        found.AddRange(Allowed.Where(a => !used.Contains(a)).Select(a => $"allowlist entry no longer needed: {a.File}: {a.Literal}"));
        Assert.True(found.Count == 0, "user-facing text written in code (put it in src/Safeground.Core/Text/en/<area>.json):\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_scanner_finds_a_sentence_written_in_code()
    {
        const string line = """            sink.Add(RuleIds.HazardOverlap, record, $"hazards {a} and {b} overlap", common, limit);""";
        var m = Literal().Match(line);
        Assert.True(m.Groups["interpolated"].Success);
        Assert.Matches(Sentence(), Hole().Replace(m.Groups["text"].Value, ""));
        Assert.DoesNotMatch(Sentence(), "check.hazard-overlap");
    }

    /// <summary>A line that sets an endpoint's OpenAPI summary or description (<c>.WithSummary("…")</c>, <c>.WithDescription(…)</c>).</summary>
    private static bool OpenApiText(string code) =>
        code.Contains(".WithSummary(", StringComparison.Ordinal) || code.Contains(".WithDescription(", StringComparison.Ordinal);

    [Fact]
    public void The_scanner_skips_only_openapi_summaries()
    {
        Assert.True(OpenApiText("""g.MapGet("", List).WithSummary("Reports in replay order, paged")"""));
        Assert.False(OpenApiText("""throw QueryValues.Bad("body: an empty array: no reports to submit");"""));
    }

    [GeneratedRegex(@"(?<interpolated>\$)?@?""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Hole();

    // SQL the stores send (a user never reads it): a keyword in capitals, as every statement here is written.
    [GeneratedRegex(@"(?<![A-Za-z_])(SELECT|FROM|WHERE|AND|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|ORDER BY|JOIN|VALUES|COPY|VACUUM|SHOW|LIMIT|ON CONFLICT|PRIMARY KEY|NOT NULL|COLLATE|DO|BEGIN|LOOP|END|RAISE EXCEPTION|TABLE DATA|SEQUENCE|FK CONSTRAINT|MATERIALIZED VIEW|DEFAULT ACL)(?![A-Za-z_])")]
    private static partial Regex Sql();

    [GeneratedRegex(@"[A-Za-z]{2,}\s+[A-Za-z]{2,}")]
    private static partial Regex Sentence();
}
