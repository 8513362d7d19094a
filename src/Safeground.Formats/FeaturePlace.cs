using System.Globalization;
using Safeground.Core.Text;

namespace Safeground.Formats;

/// <summary>
/// How a person finds a feature of a file ("feature 12", "line 14", "layer finds, fid 7"), rendered from its text
/// once per file and filled with each feature's number: a reader names millions of features, and a render apiece
/// would cost more than parsing some of them. The number goes where the language's text puts it.
/// </summary>
internal sealed class FeaturePlace
{
    private const string Mark = "\u0001"; // never in a text, so it marks where the number goes
    private readonly string before;
    private readonly string after;

    public FeaturePlace(string id, string number, params (string Name, object? Value)[] args)
    {
        var text = Texts.Render(id, [.. args, (number, Mark)]);
        int at = text.IndexOf(Mark, StringComparison.Ordinal);
        (before, after) = at < 0 ? (text, "") : (text[..at], text[(at + Mark.Length)..]);
    }

    public string Of(long number) => string.Concat(before, number.ToString(CultureInfo.InvariantCulture), after);
}
