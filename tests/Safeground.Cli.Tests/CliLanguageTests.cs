using System.Globalization;
using Safeground.Core.Text;

namespace Safeground.Cli.Tests;

/// <summary>The CLI speaks --lang, else LANG (LC_ALL and LC_MESSAGES first), else English; figures the language's way.</summary>
public class CliLanguageTests
{
    private static string In(string language, string id, params (string, object?)[] args)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Languages.Find(language)!;
        try { return Texts.Render(id, args); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Fact]
    public void Lang_or_the_locale_chooses_the_language_of_help_and_output()
    {
        using var dir = new TempDir();
        var ukrainian = CliRun.Run(dir.Path, "status", "--help", "--lang", "uk");
        Assert.Contains(In("uk", "cli.help.section.options"), ukrainian.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(In("en", "cli.help.section.options"), In("uk", "cli.help.section.options"));

        var arabic = CliRun.RunWithEnvironment(dir.Path, new Dictionary<string, string> { ["LANG"] = "ar_IQ.UTF-8" }, "status", "--help");
        Assert.Contains(In("ar", "cli.help.section.usage"), arabic.Stdout, StringComparison.Ordinal);
        // LC_ALL before LANG, --lang before both
        var french = CliRun.RunWithEnvironment(dir.Path, new Dictionary<string, string> { ["LANG"] = "ar_IQ.UTF-8", ["LC_ALL"] = "fr_FR.UTF-8" }, "--help");
        Assert.Contains(In("fr", "cli.help.section.commands"), french.Stdout, StringComparison.Ordinal);
        var spanish = CliRun.RunWithEnvironment(dir.Path, new Dictionary<string, string> { ["LC_ALL"] = "fr_FR.UTF-8" }, "--help", "--lang=es");
        Assert.Contains(In("es", "cli.help.section.commands"), spanish.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_and_words_are_the_languages_and_the_json_is_not()
    {
        using var dir = new TempDir();
        string store = dir.File("demo.gpkg");
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", store).ExitCode);
        var english = CliRun.Run(dir.Path, "status", "--store", store);
        var ukrainian = CliRun.Run(dir.Path, "status", "--store", store, "--lang", "uk");
        Assert.Contains(In("uk", "word.hazard-status.in-progress"), ukrainian.Stdout, StringComparison.Ordinal);
        Assert.Contains(In("uk", "word.eo-category.small-arms-ammunition"), ukrainian.Stdout, StringComparison.Ordinal);
        // 18 690 988 m² (a no-break space groups thousands in Ukrainian), where English writes 18,690,988
        var group = CultureInfo.GetCultureInfo("uk").NumberFormat.NumberGroupSeparator;
        Assert.Matches($"\\d{{1,3}}{group}\\d{{3}}{group}\\d{{3}}", ukrainian.Stdout);
        Assert.Matches("\\d{1,3},\\d{3},\\d{3}", english.Stdout);
        // --json is data: the same names, numbers and codes in every language (only its sentences for people differ)
        Assert.Equal(Data(CliRun.Run(dir.Path, "status", "--store", store, "--json").Stdout),
            Data(CliRun.Run(dir.Path, "status", "--store", store, "--json", "--lang", "ar").Stdout));
    }

    [Fact]
    public void A_language_safeground_does_not_speak_is_a_usage_error_naming_those_it_does()
    {
        using var dir = new TempDir();
        var result = CliRun.Run(dir.Path, "status", "--lang", "de");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("en, uk, ru, ar, fr, es, pt, bs", result.Stderr, StringComparison.Ordinal);
        // a locale it does not speak is no wish: English
        var german = CliRun.RunWithEnvironment(dir.Path, new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8" }, "--help");
        Assert.Contains(In("en", "cli.help.section.commands"), german.Stdout, StringComparison.Ordinal);
    }

    private static string Data(string json) => Data(System.Text.Json.JsonDocument.Parse(json).RootElement);

    private static string Data(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => "{" + string.Join(',', e.EnumerateObject().Select(p => p.Name + ":" + Data(p.Value))) + "}",
        System.Text.Json.JsonValueKind.Array => "[" + string.Join(',', e.EnumerateArray().Select(Data)) + "]",
        System.Text.Json.JsonValueKind.String => e.GetString()!.Any(c => c > 127 || c == ' ') ? "text" : e.GetString()!, // codes have no spaces
        _ => e.GetRawText(),
    };
}
