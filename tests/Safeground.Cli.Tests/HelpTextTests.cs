using System.CommandLine;
using System.Text.RegularExpressions;
using Safeground.Core.Text;

namespace Safeground.Cli.Tests;

/// <summary>
/// The help is translatable: every command, option and argument of <c>safeground</c> has a description, and each is
/// a <c>cli.help.*</c> text of Text/en/cli.json (its placeholders filled), not a sentence written in code.
/// </summary>
public class HelpTextTests
{
    [Fact]
    public void Every_description_in_the_help_comes_from_a_help_text()
    {
        var templates = Texts.Ids.Where(id => id.StartsWith("cli.help.", StringComparison.Ordinal)).Select(Pattern).ToList();
        Assert.NotEmpty(templates);
        var missing = new List<string>();
        foreach (var (path, description) in Descriptions(SafegroundCli.Build(), "safeground"))
        {
            if (string.IsNullOrWhiteSpace(description)) missing.Add($"{path}: no description");
            else if (!templates.Any(t => t.IsMatch(description))) missing.Add($"{path}: \"{description}\" is not a cli.help.* text");
        }
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void A_description_written_in_code_is_found()
    {
        var command = new RootCommand(Texts.Render("cli.help.root"));
        command.Options.Add(new Option<bool>("--loud") { Description = "Speak up" });
        var templates = Texts.Ids.Where(id => id.StartsWith("cli.help.", StringComparison.Ordinal)).Select(Pattern).ToList();
        var unmatched = Descriptions(command, "x").Where(d => !templates.Any(t => t.IsMatch(d.Description ?? ""))).Select(d => d.Path).ToList();
        Assert.Equal(["x --loud"], unmatched);
    }

    // The English text with each placeholder as "anything": the description is that text with its figures filled in.
    private static Regex Pattern(string id)
    {
        var parts = Regex.Split(Texts.Render(id), @"\{[A-Za-z][A-Za-z0-9]*(?:,\s*[a-z0-9]+)?\}");
        return new Regex("^" + string.Join(".+", parts.Select(Regex.Escape)) + "$", RegexOptions.Singleline);
    }

    private static IEnumerable<(string Path, string? Description)> Descriptions(Command command, string path)
    {
        yield return (path, command.Description);
        foreach (var o in command.Options.Where(o => o.Name is not ("--help" or "--version")))
            yield return ($"{path} {o.Name}", o.Description);
        foreach (var a in command.Arguments) yield return ($"{path} <{a.Name}>", a.Description);
        foreach (var sub in command.Subcommands)
            foreach (var d in Descriptions(sub, $"{path} {sub.Name}")) yield return d;
    }
}
