using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Safeground.Cli;

/// <summary>
/// System.CommandLine's parse errors in the reader's language. Its messages come from resources it ships for a few
/// languages only; where it answered in English (Ukrainian, Arabic, Bosnian, Portuguese and English itself), the
/// common ones are recognised and said with our texts. Anything else is shown as System.CommandLine wrote it.
/// </summary>
internal static partial class ParseErrorText
{
    public static string Of(ParseError error)
    {
        var m = Error().Match(error.Message);
        if (!m.Success) return error.Message;
        string A(string name) => m.Groups[name].Value;
        if (m.Groups["unrecognized"].Success) return Texts.Render("cli.parse.unrecognized", ("token", A("unrecognized")));
        if (m.Groups["missingFor"].Success) return Texts.Render("cli.parse.argument-missing", ("symbol", A("missingFor")));
        if (m.Groups["required"].Success) return Texts.Render("cli.parse.option-missing", ("option", A("required")));
        if (m.Groups["notOneOf"].Success)
            return Texts.Render("cli.parse.not-one-of", ("value", A("notOneOf")),
                ("choices", string.Join(", ", Quoted().Matches(A("choices")).Select(q => q.Groups[1].Value))));
        if (m.Groups["cannotParse"].Success) return Texts.Render("cli.parse.cannot-parse", ("value", A("cannotParse")), ("symbol", A("parseFor")));
        if (m.Groups["single"].Success) return Texts.Render("cli.parse.one-value", ("symbol", A("single")));
        return Texts.Render("cli.parse.command-missing");
    }

    [GeneratedRegex(@"^(?:Unrecognized command or argument '(?<unrecognized>.*)'\.|Required argument missing for (?:command|option): '(?<missingFor>.*)'\.|Option '(?<required>.*)' is required\.|Argument '(?<notOneOf>.*)' not recognized\. Must be one of:(?<choices>.*)|Cannot parse argument '(?<cannotParse>.*)' for (?:option|command) '(?<parseFor>.*)' as expected type '.*'\.|(?:Option|Command) '(?<single>.*)' expects a single argument but \d+ were provided\.|Required command was not provided\.)$", RegexOptions.Singleline)]
    private static partial Regex Error();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}
