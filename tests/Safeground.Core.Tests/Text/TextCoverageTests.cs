using System.Text.Json;
using System.Text.RegularExpressions;
using Safeground.Core.Text;
using Xunit.Abstractions;

namespace Safeground.Core.Tests.Text;

/// <summary>
/// Every language Safeground speaks has every text, server and web, whole: the same placeholders as English (a
/// translation may move them, not drop or rename them), the same Spectre markup in the CLI's texts, and each plural
/// form its language has (Intl.PluralRules' categories). scripts/text-coverage prints the same figures for translators.
/// </summary>
public partial class TextCoverageTests(ITestOutputHelper output)
{
    // Intl.PluralRules(lang).resolvedOptions().pluralCategories, as Chromium and Node give them.
    private static readonly Dictionary<string, string[]> PluralForms = new(StringComparer.Ordinal)
    {
        ["en"] = ["one", "other"],
        ["uk"] = ["one", "few", "many", "other"],
        ["ru"] = ["one", "few", "many", "other"],
        ["ar"] = ["zero", "one", "two", "few", "many", "other"],
        ["fr"] = ["one", "many", "other"],
        ["es"] = ["one", "many", "other"],
        ["pt"] = ["one", "many", "other"],
        ["bs"] = ["one", "few", "other"],
    };

    public static TheoryData<string> Translations => [.. Languages.Supported.Skip(1)];

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_server_and_cli_text_is_translated_whole(string language)
    {
        var english = Resources("en");
        var translated = Resources(language);
        var problems = new List<string>();
        foreach (var (id, text) in english)
        {
            if (!translated.TryGetValue(id, out var t)) problems.Add($"{id}: missing");
            else if (!Placeholders(t).SequenceEqual(Placeholders(text))) problems.Add($"{id}: placeholders {string.Join(' ', Placeholders(t))} != {string.Join(' ', Placeholders(text))}");
            else if (!Markup(t).SequenceEqual(Markup(text))) problems.Add($"{id}: markup {string.Join(' ', Markup(t))} != {string.Join(' ', Markup(text))}");
        }
        problems.AddRange(translated.Keys.Except(english.Keys).Select(id => $"{id}: no such English text"));
        output.WriteLine($"{language}: server and CLI {english.Count - problems.Count(p => p.EndsWith(": missing", StringComparison.Ordinal))}/{english.Count}");
        Assert.True(problems.Count == 0, $"{language}: {problems.Count} problems\n" + string.Join('\n', problems.Take(50)));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_web_text_is_translated_whole_with_its_plural_forms(string language)
    {
        var english = WebFile("en");
        var translated = WebFile(language);
        var problems = new List<string>();
        var plurals = english.Keys.Select(k => PluralSuffix().Match(k)).Where(m => m.Success).Select(m => m.Groups["base"].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, text) in english.Where(e => !PluralSuffix().IsMatch(e.Key)))
        {
            if (!translated.TryGetValue(id, out var t)) problems.Add($"{id}: missing");
            else if (!Placeholders(t).SequenceEqual(Placeholders(text))) problems.Add($"{id}: placeholders {string.Join(' ', Placeholders(t))} != {string.Join(' ', Placeholders(text))}");
        }
        foreach (var b in plurals)
        {
            var want = Placeholders(english[b + "_other"]).Where(p => !p.StartsWith("count", StringComparison.Ordinal));
            foreach (var form in PluralForms[language])
            {
                if (!translated.TryGetValue($"{b}_{form}", out var t)) problems.Add($"{b}_{form}: missing");
                else if (!Placeholders(t).Where(p => !p.StartsWith("count", StringComparison.Ordinal)).SequenceEqual(want)) problems.Add($"{b}_{form}: placeholders differ");
            }
        }
        problems.AddRange(translated.Keys.Where(k => !english.ContainsKey(k) && !(PluralSuffix().Match(k) is { Success: true } m && plurals.Contains(m.Groups["base"].Value)))
            .Select(id => $"{id}: no such English text"));
        Assert.True(problems.Count == 0, $"{language}: {problems.Count} problems\n" + string.Join('\n', problems.Take(50)));
    }

    [Fact]
    public void The_share_translated_is_counted_per_language()
    {
        // Not an assertion of 100 % (the theories above are): the figure the release note quotes, shown in the test log.
        var server = Resources("en");
        var web = WebFile("en");
        foreach (var language in Languages.Supported)
        {
            var s = Resources(language);
            var w = WebFile(language);
            int done = server.Keys.Count(s.ContainsKey) + web.Keys.Count(k => w.ContainsKey(k));
            output.WriteLine($"{language}: {done}/{server.Count + web.Count} ({100.0 * done / (server.Count + web.Count):0.0} %)");
        }
        Assert.Equal(server.Count, Texts.Ids.Count());
    }

    private static Dictionary<string, string> Resources(string language)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        var dir = Path.Combine(SourceTree.Root, "src", "Safeground.Core", "Text", language);
        if (!Directory.Exists(dir)) return all;
        foreach (var file in Directory.EnumerateFiles(dir, "*.json"))
            foreach (var (id, text) in JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!)
                all[id] = text;
        return all;
    }

    private static Dictionary<string, string> WebFile(string language)
    {
        var file = Path.Combine(SourceTree.Root, "web", "src", "locales", language + ".json");
        return File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))! : [];
    }

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups["name"].Value + "," + m.Groups["format"].Value).Order(StringComparer.Ordinal)];

    private static List<string> Markup(string text) => [.. MarkupTag().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?:,\s*(?<format>[a-z0-9]+))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[/?(?:bold|blue|italic|dim|yellow|red|grey|green)?\]")]
    private static partial Regex MarkupTag();

    [GeneratedRegex(@"^(?<base>.+)_(?:zero|one|two|few|many|other)$")]
    private static partial Regex PluralSuffix();
}
