using System.Text.Json;
using System.Text.RegularExpressions;

namespace Safeground.Server.Tests;

/// <summary>
/// The web app's words live in web/src/locales/en.json (issue 15 point 7), so issue 16 adds a language by adding a
/// file: every text id the code names is there, every id there is named by the code, and the file keeps the shape
/// translators and i18next expect (flat, sorted, web.&lt;view&gt;.&lt;what&gt; ids, known placeholder formats).
/// </summary>
/// <remarks>
/// Ids are written in code as whole literals ('web.map.legend.title'), never built, so a search finds every use. Two
/// i18next suffixes are the only exception, both chosen by i18next from a value: plural forms (_zero, _one, _other...,
/// picked by values.count) and the dashboard's period (_between, _up-to, _since, _to-date, picked by values.context).
/// </remarks>
public partial class WebTextTests
{
    private const string Resource = "web/src/locales/en.json";

    private static readonly string[] Plurals = ["zero", "one", "two", "few", "many", "other"];
    private static readonly string[] Periods = ["between", "up-to", "since", "to-date"];

    // The placeholder formats web/src/i18n.js adds (i18next.services.formatter.add).
    private static readonly string[] Formats = ["number", "ha", "m2", "percent", "date"];

    private static Dictionary<string, string> Texts()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Snapshot.PathOf(Resource)));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    private static List<string> KeysInFileOrder()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Snapshot.PathOf(Resource)));
        return [.. json.RootElement.EnumerateObject().Select(p => p.Name)];
    }

    /// <summary>Every literal in the web app's code that is a text id, with where it is.</summary>
    private static List<(string Where, string Id)> IdsInCode() =>
        [.. WebTextScript.Sources().SelectMany(file => WebTextScript.Literals(File.ReadAllText(file))
            .Where(l => !l.HasHoles && Id().IsMatch(l.Text))
            .Select(l => ($"{WebTextScript.Relative(file)}:{l.Line}", l.Text)))];

    // An id without its i18next suffix (plural form or period).
    private static string Base(string key)
    {
        int at = key.LastIndexOf('_');
        return at < 0 ? key : key[..at];
    }

    private static string? Suffix(string key)
    {
        int at = key.LastIndexOf('_');
        return at < 0 ? null : key[(at + 1)..];
    }

    [Fact]
    public void Every_id_in_the_code_is_in_the_resource_file()
    {
        var keys = Texts().Keys.Select(Base).ToHashSet(StringComparer.Ordinal);
        var missing = IdsInCode().Where(u => !keys.Contains(u.Id)).Select(u => $"{u.Where}: {u.Id}").ToList();
        Assert.True(missing.Count == 0, $"text ids named in web/src but missing from {Resource}:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_id_in_the_resource_file_is_used()
    {
        var used = IdsInCode().Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var unused = Texts().Keys.Where(k => !used.Contains(Base(k))).ToList();
        Assert.True(unused.Count == 0, $"ids in {Resource} that no code in web/src names (as a whole literal):\n" + string.Join('\n', unused));
    }

    [Fact]
    public void Ids_are_written_whole_in_the_code()
    {
        // A template that starts like an id ('web.map.${what}') builds one: a search for the id would not find it.
        var built = WebTextScript.Sources().SelectMany(file => WebTextScript.Literals(File.ReadAllText(file))
                .Where(l => l.HasHoles && l.Text.StartsWith("web.", StringComparison.Ordinal))
                .Select(l => $"{WebTextScript.Relative(file)}:{l.Line}: {l.Text}"))
            .ToList();
        Assert.True(built.Count == 0, "text ids built from pieces (write each id whole):\n" + string.Join('\n', built));
    }

    [Fact]
    public void The_resource_file_is_flat_sorted_and_its_ids_have_the_web_shape()
    {
        var keys = KeysInFileOrder();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        var texts = Texts();
        Assert.All(keys, k => Assert.Matches(Id(), Base(k)));
        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(texts[k]), $"{k} has no text"));
        // A suffix is a plural form or a period, and the forms of one id come as a whole set.
        var suffixed = keys.Where(k => Suffix(k) is not null).GroupBy(Base, StringComparer.Ordinal);
        foreach (var group in suffixed)
        {
            var suffixes = group.Select(k => Suffix(k)!).ToHashSet(StringComparer.Ordinal);
            Assert.False(keys.Contains(group.Key), $"{group.Key} has both a plain form and suffixed forms");
            if (suffixes.All(Plurals.Contains))
                Assert.True(suffixes.Contains("one") && suffixes.Contains("other"), $"{group.Key} needs at least _one and _other");
            else
                Assert.True(suffixes.SetEquals(Periods), $"{group.Key} has the suffixes {string.Join(", ", suffixes)}: a period id needs exactly _{string.Join(", _", Periods)}");
        }
    }

    [Fact]
    public void Placeholders_are_named_and_their_formats_known()
    {
        foreach (var (id, text) in Texts())
        {
            foreach (Match m in Placeholder().Matches(text))
            {
                Assert.True(m.Groups["name"].Success, $"{id}: a placeholder without a name: {m.Value}");
                if (m.Groups["format"].Success)
                    Assert.True(Formats.Contains(m.Groups["format"].Value), $"{id}: unknown placeholder format in {m.Value} (known: {string.Join(", ", Formats)})");
            }
            // i18next's own syntax would not be filled with the app's prefix and suffix.
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_formats_are_the_ones_the_app_adds()
    {
        // A format named in en.json but not added in i18n.js would print the raw value.
        var setup = File.ReadAllText(Snapshot.PathOf("web/src/i18n.js"));
        foreach (var format in Formats) Assert.Contains($"formatter.add('{format}'", setup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_checks_find_an_id_missing_from_the_file()
    {
        // The same reading as the tests above, on a line of code naming an id the file lacks and one it has.
        var literals = WebTextScript.Literals("el('h2', {}, t('web.map.no-such-id')), el('h2', {}, t('web.map.legend.title'));");
        var ids = literals.Where(l => Id().IsMatch(l.Text)).Select(l => l.Text).ToList();
        Assert.Equal(["web.map.no-such-id", "web.map.legend.title"], ids);
        var keys = Texts().Keys.Select(Base).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain("web.map.no-such-id", keys);
        Assert.Contains("web.map.legend.title", keys);
        Assert.Equal("web.report.check.errors", Base("web.report.check.errors_one"));
    }

    [Fact]
    public void No_module_that_imports_t_names_anything_else_t()
    {
        // A local t (a tileset, a total, a team in a callback) hides the translation function: t('web...') then
        // throws in the browser, and every view using that module breaks.
        var shadowed = WebTextScript.Sources()
            .Where(f => File.ReadAllText(f).Contains("import { t }", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, n) => (f, line, n)))
            .Where(x => LocalT().IsMatch(x.line))
            .Select(x => $"{WebTextScript.Relative(x.f)}:{x.n + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(shadowed.Count == 0, "a local named t hides the translation function:\n" + string.Join('\n', shadowed));
    }

    [GeneratedRegex(@"\b(const|let|var|function)\s+t\b|[(,]\s*t\s*[,)]\s*=>|\(\s*t\s*\)|\bt\s*=>")]
    private static partial Regex LocalT();

    [GeneratedRegex(@"^web(\.[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex Id();

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)?(?:,\s*(?<format>[A-Za-z0-9]+))?\}")]
    private static partial Regex Placeholder();
}
