using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;

namespace Safeground.Cli;

/// <summary>
/// <c>--help</c>, written from texts. System.CommandLine's own help writes its headings ("Usage:", "Options:",
/// "[default: …]") from resources that exist for a few languages only (not Ukrainian, Arabic or Bosnian) and cannot
/// be customised in 2.0 (its HelpBuilder context is internal), so the layout is ours: the same sections and columns.
/// </summary>
internal sealed class CliHelp : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var output = parseResult.InvocationConfiguration.Output;
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            output.WriteLine(Texts.Render("cli.help.section.description"));
            output.WriteLine("  " + command.Description);
            output.WriteLine();
        }
        output.WriteLine(Texts.Render("cli.help.section.usage"));
        output.WriteLine("  " + Usage(command));
        Section(output, "cli.help.section.arguments", command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.HelpName ?? a.Name}>", Describe(a.Description, a.HasDefaultValue ? a.GetDefaultValue() : null))));
        Section(output, "cli.help.section.options", Options(command).Select(o => (OptionLabel(o), Describe(o.Description, o.HasDefaultValue && o.ValueType != typeof(bool) ? o.GetDefaultValue() : null))));
        Section(output, "cli.help.section.commands", command.Subcommands.Where(c => !c.Hidden).Select(c => (CommandLabel(c), Describe(c.Description, null))));
        return 0;
    }

    // One text per shape of the line, so a language orders "[command]" and "[options]" its own way.
    private static string Usage(Command command)
    {
        var path = new List<string>();
        for (Symbol? s = command; s is not null; s = s.Parents.FirstOrDefault()) path.Insert(0, s is RootCommand ? "safeground" : s.Name);
        var arguments = string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.HelpName ?? a.Name}>"));
        var id = command.Subcommands.Any(c => !c.Hidden) ? "cli.help.usage.with-commands" : "cli.help.usage.line";
        return Regex.Replace(Texts.Render(id, ("command", string.Join(' ', path)), ("arguments", arguments)), " {2,}", " ");
    }

    // A command's own options, then those of its parents that apply to every command below them (--lang, --help).
    private static List<Option> Options(Command command)
    {
        var options = command.Options.Where(o => !o.Hidden).ToList();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            options.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && options.TrueForAll(x => x.Name != o.Name)));
        return options;
    }

    private static string OptionLabel(Option option)
    {
        var names = string.Join(", ", option.Aliases.Append(option.Name).Where(n => !n.StartsWith('/')).Distinct(StringComparer.Ordinal).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        bool flag = option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0;
        return flag ? names : $"{names} <{option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant()}>";
    }

    private static string CommandLabel(Command command) =>
        string.Join(", ", command.Aliases.Prepend(command.Name).Distinct(StringComparer.Ordinal))
        + string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.HelpName ?? a.Name}>"));

    private static string Describe(string? description, object? defaultValue)
    {
        var text = description ?? "";
        var shown = defaultValue switch
        {
            null => null,
            string s when s.Length > 0 => s,
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        return shown is null ? text : Texts.Render("cli.help.default", ("description", text), ("value", shown));
    }

    private static void Section(TextWriter output, string heading, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0) return;
        output.WriteLine();
        output.WriteLine(Texts.Render(heading));
        int width = list.Max(r => r.Label.Length) + 2;
        foreach (var (label, description) in list) output.WriteLine("  " + label.PadRight(width) + description);
    }
}
