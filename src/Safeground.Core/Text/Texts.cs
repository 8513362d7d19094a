using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Safeground.Core.Text;

/// <summary>
/// Every sentence a user reads, by stable id, from <c>Text/&lt;language&gt;/&lt;area&gt;.json</c> embedded in this assembly.
/// JSON rather than .resx: the web app reads the same format (flat i18next JSON: keySeparator false,
/// interpolation prefix "{" and suffix "}", a formatter per placeholder format), so a translator edits one kind
/// of file and issue 16 adds a language by adding files, with no code. The language is the current UI culture's
/// (pt-BR, then pt, then en); a missing id in a language falls back to English. Figures are formatted in the
/// reader's culture (<see cref="Culture"/>, the UI culture: see <see cref="Languages"/>) when rendered: <c>{name}</c> as given, <c>{name, text}</c> (the value is a text id),
/// <c>{name, texts}</c> (ids joined by <see cref="List"/>), <c>{name, number}</c>, <c>{name, figure}</c> (three significant digits), <c>{name, decimal}</c> (up to 3 places), <c>{name, m2}</c> (m², ha from
/// 1 ha), <c>{name, percent}</c> (a share), <c>{name, date}</c>, <c>{name, time}</c>; the units and the date
/// pattern are resources too (<c>format.*</c>), so a language can write them its own way.
/// </summary>
public static partial class Texts
{
    private const string English = "en";

    private static readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, string>>> Loaded = new(Load);
    private static readonly Lazy<FrozenDictionary<string, string>> Pseudo = new(() => Loaded.Value[English].ToFrozenDictionary(e => e.Key, e => PseudoText.Of(e.Key, e.Value), StringComparer.Ordinal));

    /// <summary>Every id the English file defines (tests hold code and resources to each other).</summary>
    public static IEnumerable<string> Ids => Loaded.Value[English].Keys;

    /// <summary>The ids <paramref name="language"/>'s own files define (no fallback): what its translators have done.</summary>
    public static IEnumerable<string> IdsIn(string language) =>
        Loaded.Value.TryGetValue(language, out var texts) ? texts.Keys : [];

    /// <summary>
    /// The culture a reader's figures and dates are written in: the UI culture, which follows the reader (LANG,
    /// --lang, Accept-Language), not <see cref="CultureInfo.CurrentCulture"/>, which stays invariant for data.
    /// </summary>
    public static CultureInfo Culture =>
        Languages.IsPseudo(CultureInfo.CurrentUICulture) ? CultureInfo.GetCultureInfo("en") : CultureInfo.CurrentUICulture;

    /// <summary>The message <paramref name="id"/> in the current UI language with its placeholders filled.</summary>
    public static string Render(string id, IReadOnlyDictionary<string, string>? args = null)
    {
        var template = Template(id);
        if (!template.Contains('{', StringComparison.Ordinal)) return template;
        return Placeholder().Replace(template, m =>
        {
            string name = m.Groups["name"].Value, format = m.Groups["format"].Value;
            if (args is null || !args.TryGetValue(name, out var value)) return m.Value; // visible, not silently blank
            return Format(value, format);
        });
    }

    /// <summary>Renders <paramref name="id"/> with arguments given as (name, value) pairs.</summary>
    public static string Render(string id, params (string Name, object? Value)[] args) => Render(id, TextArgs.Of(args));

    /// <summary>A day as the reader writes it (<c>format.date</c>), for tables where the day stands alone.</summary>
    public static string Day(DateOnly day) => day.ToString(Template("format.date"), Culture);

    /// <summary>A moment to the minute in its own offset, as the reader writes it (<c>format.minute</c>).</summary>
    public static string Minute(DateTimeOffset at) => at.ToString(Template("format.minute"), Culture);

    /// <summary>Values (ids, names: data, not words) as one list with the reader's separator.</summary>
    public static string Join(IEnumerable<string> values) => string.Join(Template("format.list-separator"), values);

    /// <summary>Text ids as one argument, shown as a list in the reader's language (<c>{name, texts}</c>).</summary>
    public static string List(IEnumerable<string> ids) => string.Join('|', ids);

    private static string Template(string id)
    {
        var languages = Loaded.Value;
        var ui = CultureInfo.CurrentUICulture;
        if (Languages.IsPseudo(ui)) return Pseudo.Value.TryGetValue(id, out var p) ? p
            : throw new KeyNotFoundException($"no text with id '{id}' in Text/{English}/*.json");
        foreach (var name in new[] { ui.Name, ui.TwoLetterISOLanguageName })
            if (name.Length > 0 && languages.TryGetValue(name, out var texts) && texts.TryGetValue(id, out var t)) return t;
        return languages[English].TryGetValue(id, out var en) ? en
            : throw new KeyNotFoundException($"no text with id '{id}' in Text/{English}/*.json");
    }

    private static string Format(string value, string format)
    {
        var culture = Culture;
        switch (format)
        {
            case "": return value;
            case "text": return Render(value); // a word that is itself a text (a field's name, a method)
            case "number": return Number(Parse(value), culture);
            case "figure": return Figure(Parse(value), culture);
            case "decimal": return Parse(value).ToString("#,0.###", culture);
            case "texts": // text ids joined by '|' (Texts.List), shown as a list
                return string.Join(Template("format.list-separator"), value.Split('|').Select(id => Render(id)));
            case "m2":
                double m2 = Parse(value);
                return m2 >= 10_000
                    ? Render("format.ha", ("value", (m2 / 10_000).ToString("#,0.00", culture)))
                    : Render("format.m2", ("value", m2.ToString("#,0.##", culture)));
            case "percent": return Render("format.percent", ("value", (Parse(value) * 100).ToString("0.#", culture)));
            case "date":
                return DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString(Template("format.date"), culture);
            case "time":
                return DateTimeOffset.Parse(value, CultureInfo.InvariantCulture).ToString(Template("format.time"), culture);
            default: throw new FormatException($"unknown placeholder format '{format}'");
        }
    }

    /// <summary>Whole numbers from 100, two decimals from 1, five below: a figure, not a measurement's noise.</summary>
    private static string Number(double x, CultureInfo culture) =>
        x.ToString(Math.Abs(x) >= 100 ? "#,0" : Math.Abs(x) >= 1 ? "#,0.##" : "0.#####", culture);

    /// <summary>A figure of a claim: whole from 100, else three significant digits (12.5, 1.67, 0.0133); ∞ shown as such.</summary>
    private static string Figure(double v, CultureInfo culture)
    {
        if (double.IsNaN(v) || double.IsInfinity(v)) return v.ToString(culture);
        double a = Math.Abs(v);
        if (a >= 100 || a == 0) return Math.Round(v).ToString("#,0", culture);
        int decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(a)), 0, 12);
        return Math.Round(v, decimals).ToString("#,0." + new string('#', decimals), culture);
    }

    private static double Parse(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        // text/<language>/<area>.json: one file per area of the code (core, import, server, stores, cli), so work on
        // one area's words never meets another's; an id is defined once across a language's files.
        var assembly = typeof(Texts).Assembly;
        var languages = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var origin = new Dictionary<(string, string), string>();
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!resource.StartsWith("text/", StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal)) continue;
            var parts = resource.Split('/');
            if (parts.Length != 3) throw new InvalidDataException($"{resource}: texts live in text/<language>/<area>.json");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidDataException($"{resource} is empty");
            if (!languages.TryGetValue(parts[1], out var language)) languages[parts[1]] = language = new(StringComparer.Ordinal);
            foreach (var (id, text) in texts)
            {
                if (!language.TryAdd(id, text))
                    throw new InvalidDataException($"text id '{id}' is defined twice: in {origin[(parts[1], id)]} and {resource}");
                origin[(parts[1], id)] = resource;
            }
        }
        return languages.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?:,\s*(?<format>[a-z0-9]+))?\}")]
    private static partial Regex Placeholder();
}
