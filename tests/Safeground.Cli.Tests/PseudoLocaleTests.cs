using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Safeground.Core.Text;

namespace Safeground.Cli.Tests;

/// <summary>
/// The CLI in the pseudo-language (<c>--lang qps</c>: every text marked ⟦…⟧, its letters accented): every command's
/// help and the output of the commands a data manager runs hold no English word outside a text (a sentence written
/// in code) and no two texts glued on one line ("⟦Claim⟧: ⟦…⟧", a sentence made of pieces a translation cannot
/// reorder). Words that are not text are code (option names, &lt;ARGS&gt;) or data (ids, names, paths): data is
/// whatever the same commands' --json output holds.
/// </summary>
public partial class PseudoLocaleTests
{
    [Fact]
    public void Every_commands_help_is_made_of_texts()
    {
        using var dir = new TempDir();
        var commands = Commands(SafegroundCli.Build(), []).ToList();
        Assert.True(commands.Count > 25, $"only {commands.Count} commands found");
        var code = new HashSet<string>(commands.SelectMany(c => c), StringComparer.Ordinal) { "safeground" };
        var problems = new List<string>();
        foreach (var command in commands)
        {
            var help = CliRun.Run(dir.Path, [.. command, "--help", "--lang", "qps"]);
            Assert.True(help.ExitCode == 0, help.ToString());
            problems.AddRange(Problems(help.Stdout, code).Select(p => $"safeground {string.Join(' ', command)} --help: {p}"));
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void What_the_commands_print_is_made_of_texts()
    {
        using var dir = new TempDir();
        string store = dir.File("demo.gpkg");
        var outputs = new List<(string Command, CliResult Result)>();
        // Wide enough that no table cell wraps: a text is then on one line, whole.
        var wide = new Dictionary<string, string> { ["COLUMNS"] = "5000" };
        void Run(params string[] args) => outputs.Add((string.Join(' ', args), CliRun.RunWithEnvironment(dir.Path, wide, [.. args, "--lang", "qps"])));

        Run("demo", "--store", store);
        var reports = JsonDocument.Parse(CliRun.Run(dir.Path, "report", "list", "--store", store, "--json").Stdout).RootElement;
        var report = reports.EnumerateArray().First(r => r.TryGetProperty("hazard", out _));
        string reportId = report.GetProperty("id").GetString()!, hazardId = report.GetProperty("hazard").GetString()!;
        Run("status", "--store", store);
        Run("status", "--store", store, "--by", "region");
        Run("status", "--store", store, "--by", "team", "--as-of", "2024-06-30");
        Run("check", "--store", store);
        Run("check", "claim", "--area", "80 football fields", "--devices", "12000", "--days", "30", "--people", "20");
        Run("timeline", hazardId, "--store", store);
        Run("report", "list", "--store", store, "--status", "submitted");
        Run("report", "show", reportId, "--store", store);
        Run("regions", "list", "--store", store);
        Run("rules", "show", "--store", store);
        Run("rules", "history", "--store", store);
        Run("user", "list", "--store", store);
        Run("export", dir.File("hazards.geojson"), "--store", store, "--layer", "hazards", "--format", "geojson");
        Run("import", SharedData.File("bih", "suspect_areas.geojson"), "--store", dir.File("bih.gpkg"));
        Run("backup", dir.File("copy.gpkg"), "--store", store);
        // and what goes wrong
        Run("status", "--store", dir.File("nowhere.gpkg"));
        Run("status", "--by", "colour");
        Run("import");
        Run("timeline", "HA-NOPE", "--store", store);
        Run("report", "approve", "R-NOPE", "--store", store);
        Run("frobnicate");

        // Data: every value the same commands give as JSON, and the paths this test made.
        var data = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in new[]
        {
            CliRun.Run(dir.Path, "status", "--store", store, "--json").Stdout,
            CliRun.Run(dir.Path, "status", "--store", store, "--by", "region", "--json").Stdout,
            CliRun.Run(dir.Path, "status", "--store", store, "--by", "team", "--json").Stdout,
            CliRun.Run(dir.Path, "report", "list", "--store", store, "--json").Stdout,
            CliRun.Run(dir.Path, "report", "show", reportId, "--store", store, "--json").Stdout,
            CliRun.Run(dir.Path, "check", "--store", store, "--json").Stdout,
            CliRun.Run(dir.Path, "rules", "show", "--store", store, "--json").Stdout,
            CliRun.Run(dir.Path, "user", "list", "--store", store, "--json").Stdout,
            CliRun.Run(dir.Path, "regions", "list", "--store", store, "--json").Stdout,
        })
            Collect(JsonDocument.Parse(json).RootElement, data);
        foreach (var (command, result) in outputs) data.Add(command.Split(' ')[0]);
        data.UnionWith(["safeground", "colour", "frobnicate", "import"]);

        var problems = new List<string>();
        foreach (var (command, result) in outputs)
            problems.AddRange(Problems(result.Stdout + "\n" + result.Stderr, data).Select(p => $"safeground {command}: {p}"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_scan_finds_english_and_glued_texts()
    {
        var none = new HashSet<string>(StringComparer.Ordinal);
        Assert.Empty(Problems("⟦Ĥážáŕð ⟦HA-1⟧ ŵáš ⟦çļêáŕêð⟧⟧\n│ ⟦ţöţáļ⟧ │ 12 │", none));
        Assert.Single(Problems("Hazard HA-1 was cleared", none));
        Assert.Single(Problems("⟦Çļáîɱ⟧: ⟦12 ĥá⟧", none));
        Assert.Single(Problems("⟦Ĥážáŕð⟧ HA-1 ⟦ŵáš çļêáŕêð⟧", none));
        Assert.Empty(Problems("⟦öñê⟧⟦; ⟧⟦ţŵö⟧ │ ⟦ţĥŕêê⟧", none));
        Assert.Empty(Problems("  --store <PATH>  ⟦Ţĥê šţöŕê⟧", none));
        Assert.Empty(Problems("d.gpkg Kharkiv", new HashSet<string>(["Kharkiv"], StringComparer.Ordinal)));
    }

    /// <summary>Each command's path from the root: ["report", "show"], ["user", "token", "revoke"], ...</summary>
    private static IEnumerable<string[]> Commands(Command command, string[] path)
    {
        yield return path;
        foreach (var sub in command.Subcommands)
            foreach (var p in Commands(sub, [.. path, sub.Name])) yield return p;
    }

    private static void Collect(JsonElement e, HashSet<string> data)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    // A name is shown only when it is an id (a rule's, keyed by it): kebab-case, never an English word alone.
                    if (p.Name.Contains('-', StringComparison.Ordinal)) data.Add(p.Name);
                    Collect(p.Value, data);
                }
                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray()) Collect(x, data);
                break;
            case JsonValueKind.String:
                var s = e.GetString()!;
                if (s.Contains(PseudoText.Open, StringComparison.Ordinal)) break; // a text, not data
                data.Add(s);
                foreach (var w in Word().Matches(s).Select(m => m.Value)) data.Add(w);
                break;
        }
    }

    /// <summary>English words outside any text, and texts glued together, line by line.</summary>
    internal static List<string> Problems(string output, IReadOnlySet<string> allowed)
    {
        var problems = new List<string>();
        foreach (var line in output.Split('\n'))
        {
            var outside = new StringBuilder();
            var between = new StringBuilder();
            var group = new StringBuilder();
            int depth = 0;
            bool glued = false, wordBefore = false;
            string gap = "";
            foreach (var c in line)
            {
                if (c == PseudoText.Open)
                {
                    if (depth == 0) { gap = between.ToString(); group.Clear(); }
                    depth++;
                    continue;
                }
                if (c == PseudoText.Close && depth > 0)
                {
                    if (--depth > 0) { group.Append(c); continue; }
                    // Two texts side by side with nothing but punctuation or data between: one sentence made of
                    // pieces. A text of punctuation only ("; ") is a list's separator, not a piece of a sentence.
                    bool words = group.ToString().Any(char.IsLetter);
                    if (words && wordBefore && !Separates(gap)) glued = true;
                    wordBefore = words;
                    between.Clear();
                    continue;
                }
                if (depth == 0)
                {
                    outside.Append(c);
                    between.Append(c);
                    if (Separates(between.ToString())) wordBefore = false;
                }
                else group.Append(c);
            }
            if (glued) problems.Add($"texts glued together: {line.Trim()}");
            foreach (Match w in Word().Matches(outside.ToString()))
                if (!IsCodeOrData(w.Value, allowed)) { problems.Add($"'{w.Value}' is not in a text: {line.Trim()}"); break; }
        }
        return problems;
    }

    // A table's border, a column gap (two spaces) or a line's quote separate cells, not parts of a sentence.
    private static bool Separates(string between) =>
        between.IndexOfAny(['│', '|', '┃', '\t']) >= 0 || between.Contains("  ", StringComparison.Ordinal);

    private static bool IsCodeOrData(string word, IReadOnlySet<string> allowed) =>
        allowed.Contains(word)
        || word.StartsWith('-') || word.Contains('<', StringComparison.Ordinal) || word.Contains('>', StringComparison.Ordinal) // options, <ARGUMENTS>
        || word.Any(char.IsDigit) || word.Contains('/', StringComparison.Ordinal) || word.Contains('.', StringComparison.Ordinal) // ids, paths, files
        || word.All(c => !char.IsAsciiLetter(c)); // accented (a text's word cut by a marker) or no letters at all

    // A run of non-space characters with at least one ASCII letter, without the punctuation around it.
    [GeneratedRegex(@"[^\s│|┃╭╮╰╯─┬┼┤├┴:,;()\[\]'""]*[A-Za-z][^\s│|┃╭╮╰╯─┬┼┤├┴:,;()\[\]'""]*")]
    private static partial Regex Word();
}
