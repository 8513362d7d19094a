using System.Text;
using System.Text.RegularExpressions;

namespace Safeground.Core.Text;

/// <summary>
/// The pseudo-language's form of an English text: "⟦Ŕêƥõŕţ {report} ŵàš ƀàçķêð ûƥ⟧". Letters are accented (still
/// readable, but no longer English a test could mistake for a translation), and placeholders, Spectre markup
/// ("[bold]") and the .NET date patterns stay as they are, so the text still renders.
/// </summary>
public static partial class PseudoText
{
    public const char Open = '⟦';
    public const char Close = '⟧';

    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Accented = "áƀçðêƒĝĥîĵķļɱñöƥʠŕšţûṽŵẋýžÀƁÇÐÊƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ";

    /// <summary>The pseudo form of <paramref name="id"/>'s English <paramref name="text"/>.</summary>
    public static string Of(string id, string text)
    {
        // Patterns and separators are read by code, not by people: marking them would break the dates they shape.
        if (id is "format.date" or "format.time" or "format.minute" or "format.list-separator") return text;
        var sb = new StringBuilder(text.Length + 2).Append(Open);
        for (int at = 0; at < text.Length; at++)
        {
            var kept = Kept().Match(text, at);
            if (kept.Success && kept.Index == at)
            {
                sb.Append(kept.Value);
                at += kept.Length - 1;
                continue;
            }
            int i = Plain.IndexOf(text[at], StringComparison.Ordinal);
            sb.Append(i >= 0 ? Accented[i] : text[at]);
        }
        return sb.Append(Close).ToString();
    }

    // A placeholder, or a Spectre.Console markup tag: read by code, so kept as written.
    [GeneratedRegex(@"\G(?:\{[^}]*\}|\[/?(?:bold|blue|italic|dim|yellow|red|grey|green)?\])")]
    private static partial Regex Kept();
}
