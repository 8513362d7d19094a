using System.Text.RegularExpressions;

namespace Safeground.Core.Tests.Text;

/// <summary>
/// No sentence a user reads is written in code: in the areas converted to Text/en.json, a string literal with two
/// words in a row (after taking out an interpolation's holes) fails, unless the allowlist below says why it may stay.
/// </summary>
/// <remarks>
/// Covers the converted areas only (issue 15 point 7): the replay's rule flags, the check findings, report
/// validation and the report check, and the plausibility assessment. Still written in code, and so not scanned yet:
/// the rest of Core's SafegroundException messages (Access, Import, Kits, Lifecycle other than validation, Rules,
/// Sync, Storage, Reports, Status, Reference), the server's problem details and OGC/tiles errors, the stores'
/// errors, the CLI's output and errors, and the web app's strings. Add a folder here when it is converted.
/// </remarks>
public partial class UserTextLiteralTests
{
    private static readonly string[] Areas =
    [
        "src/Safeground.Core/Checks",
        "src/Safeground.Core/Projections",
        "src/Safeground.Core/Plausibility",
        "src/Safeground.Core/Lifecycle/ReportValidation.cs",
        "src/Safeground.Core/Lifecycle/ReportCheck.cs",
    ];

    // (file, literal): literals with words that are not sentences for a reader.
    private static readonly (string File, string Literal)[] Allowed =
    [
        // The units' own names, as a user types them: AreaParser reads English unit words (a parser per language is issue 16's).
        ("src/Safeground.Core/Plausibility/AreaParser.cs", "\"sq mi\""),
        ("src/Safeground.Core/Plausibility/AreaParser.cs", "\"American football fields\""),
        ("src/Safeground.Core/Plausibility/AreaParser.cs", "\"football pitches\""),
    ];

    [Fact]
    public void Converted_areas_write_no_sentence_in_code()
    {
        var found = new List<string>();
        foreach (var file in Areas.SelectMany(SourceTree.CSharp))
        {
            var relative = SourceTree.Relative(file);
            int n = 0;
            foreach (var line in File.ReadLines(file))
            {
                n++;
                var code = line.TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith('[')) continue; // comments, attributes
                foreach (Match m in Literal().Matches(line))
                {
                    var text = m.Groups["interpolated"].Success ? Hole().Replace(m.Groups["text"].Value, "") : m.Groups["text"].Value;
                    if (!Sentence().IsMatch(text)) continue;
                    if (Allowed.Any(a => a.File == relative && m.Value.EndsWith(a.Literal, StringComparison.Ordinal))) continue;
                    found.Add($"{relative}:{n}: {m.Value}");
                }
            }
        }
        Assert.True(found.Count == 0, "user-facing text written in code (put it in src/Safeground.Core/Text/en.json):\n" + string.Join('\n', found));
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

    [GeneratedRegex(@"(?<interpolated>\$)?@?""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"[A-Za-z]{2,}\s+[A-Za-z]{2,}")]
    private static partial Regex Sentence();
}
