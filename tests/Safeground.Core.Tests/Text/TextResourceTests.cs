using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Tests.Text;

/// <summary>
/// The code and Text/en/*.json agree: every id the code names exists, every id the file holds is used, every
/// placeholder has a format Texts knows; figures are formatted in the reader's culture when rendered, and rule
/// flags stored before messages had ids read back as they were stored.
/// </summary>
public partial class TextResourceTests
{
    // Ids built from a value rather than written out: each prefix's ids are checked against its enum below.
    private static readonly string[] Built = [.. Words.Prefixes.Values];

    [Fact]
    public void Every_id_named_in_code_is_in_en_json()
    {
        var known = Texts.Ids.ToHashSet(StringComparer.Ordinal);
        var missing = IdsInCode().Where(u => !known.Contains(u.Id)).Select(u => $"{u.File}: {u.Id}").ToList();
        Assert.True(missing.Count == 0, "ids used in code but not in Text/en/*.json:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_id_in_en_json_is_used()
    {
        var used = IdsInCode().Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var unused = Texts.Ids.Where(id => !used.Contains(id) && !Built.Any(p => id.StartsWith(p, StringComparison.Ordinal))).Order().ToList();
        Assert.True(unused.Count == 0, "ids in Text/en/*.json that no code uses:\n" + string.Join('\n', unused));
    }

    [Fact]
    public void Ids_built_from_values_exist_for_every_value()
    {
        var known = Texts.Ids.ToHashSet(StringComparer.Ordinal);
        var expected = new List<string>();
        foreach (var (type, _) in Words.Prefixes)
            foreach (var value in Enum.GetValues(type))
                expected.Add((string)typeof(Words).GetMethod(nameof(Words.Id))!.MakeGenericMethod(type).Invoke(null, [value])!);
        var missing = expected.Where(id => !known.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "no word for: " + string.Join(", ", missing));
        // and no word for a value that no longer exists
        Assert.Empty(known.Where(id => Built.Any(p => id.StartsWith(p, StringComparison.Ordinal))).Except(expected));
        Assert.Equal("word.kind.eod-spot-task", Words.Id(ReportKind.EodSpotTask));
        Assert.Equal("word.eo-category.ap-mine", Words.Id(EoCategory.ApMine));
    }

    [Fact]
    public void Every_placeholder_has_a_known_format()
    {
        string[] formats = ["", "text", "texts", "number", "figure", "decimal", "m2", "percent", "date", "time"];
        var bad = new List<string>();
        foreach (var id in Texts.Ids)
            foreach (Match m in PlaceholderPattern().Matches(Texts.Render(id, new Dictionary<string, string>())))
                if (!formats.Contains(m.Groups["format"].Value)) bad.Add($"{id}: {m.Value}");
        Assert.Empty(bad);
    }

    [Fact]
    public void Figures_are_formatted_in_the_readers_culture_when_rendered()
    {
        var flag = RuleFlag.Of("R-1", RuleIds.CompletionLeavesArea, Severity.Error, "rule.completion-leaves-area",
            TextArgs.Of(("report", "R-1"), ("hazard", "HA-1"), ("left", 1234.5), ("limit", 500.0)));
        Assert.Equal("completion report R-1 would close hazard HA-1 with 1,234.5 m² still hazardous (at most 500 m²); "
            + "report the rest as cleared, reduced or cancelled first", InCulture(CultureInfo.InvariantCulture, () => flag.Message));
        // The reader's culture is the UI culture (CurrentCulture stays invariant for data).
        Assert.Contains("1.234,5 m²", InCulture(Commas(), () => flag.Message), StringComparison.Ordinal);
        var uk = CultureInfo.GetCultureInfo("uk-UA");
        Assert.Contains($"1{uk.NumberFormat.NumberGroupSeparator}234,5", InCulture(uk, () => flag.Message), StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_keeps_its_id_and_figures_through_the_store_json_and_renders_again()
    {
        var flag = RuleFlag.Of("R-1", RuleIds.ReportBeforeHazard, Severity.Error, "rule.report-before-hazard",
            TextArgs.Of(("report", "R-1"), ("date", new DateOnly(2024, 1, 2)), ("hazard", "HA-1"), ("recorded", new DateOnly(2024, 3, 4))), notApplied: true);
        var json = JsonSerializer.Serialize(new[] { flag }, ReportJson.Options);
        var back = Assert.Single(JsonSerializer.Deserialize<List<RuleFlag>>(json, ReportJson.Options)!);
        Assert.Equal("rule.report-before-hazard", back.MessageId);
        Assert.Equal(flag, back);
        Assert.Equal("report R-1 is dated 2024-01-02, before hazard HA-1 was recorded on 2024-03-04; it was not applied", back.Message);
    }

    [Fact]
    public void A_flag_stored_before_messages_had_ids_reads_back_as_stored()
    {
        // The JSON a store of schema 6 holds in hazards.flags (issue 14), message only.
        const string stored = """[{"reportId":"R-9","ruleId":"clearing-cancelled-land","severity":"error","message":"report R-9 reports clearance on 2.5 ha (40 % of the area worked) of hazard HA-1 that non-technical survey cancelled (report R-2, 2023-05-01); cancelled land is not hazardous and cannot be cleared; it was not applied","figure":0.4,"threshold":0.1}]""";
        var flag = Assert.Single(JsonSerializer.Deserialize<List<RuleFlag>>(stored, ReportJson.Options)!);
        Assert.Null(flag.MessageId);
        Assert.StartsWith("report R-9 reports clearance on 2.5 ha", InCulture(Commas(), () => flag.Message), StringComparison.Ordinal);
        Assert.Equal(0.4, flag.Figure);
    }

    /// <summary>A culture writing 1.234,5 (as de-DE does), built from the invariant one.</summary>
    internal static CultureInfo Commas()
    {
        var c = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        (c.NumberFormat.NumberGroupSeparator, c.NumberFormat.NumberDecimalSeparator) = (".", ",");
        return c;
    }

    internal static T InCulture<T>(CultureInfo culture, Func<T> f)
    {
        var (before, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentUICulture = culture;
        try { return f(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, ui); }
    }

    /// <summary>Every string literal in src/ that has the shape of a text id (prefix.word[.word…]).</summary>
    private static IEnumerable<(string File, string Id)> IdsInCode() =>
        SourceTree.CSharp("src").SelectMany(file =>
            IdLiteral().Matches(File.ReadAllText(file)).Select(m => (SourceTree.Relative(file), m.Groups["id"].Value)));

    [GeneratedRegex("\"(?<id>(?:format|word|field|rule|check|issue|error|claim|unit|placement|area|sync|kit|rules|api|cli|ogc|import|status|store|tiles|wkt|site|monthly|product|treaty|ordnance)(?:\\.[a-z0-9-]+)+)\"")]
    private static partial Regex IdLiteral();

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?:,\s*(?<format>[a-z0-9]+))?\}")]
    private static partial Regex PlaceholderPattern();
}
