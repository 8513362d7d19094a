using System.Globalization;

namespace Safeground.Core.Text;

/// <summary>
/// The named figures of a message, kept as invariant text (numbers round-trip, days ISO) so they store as
/// JSON and compare exactly; the resource's placeholder (<c>{area, m2}</c>) says how each is shown, and
/// <see cref="Texts"/> shows it in the reader's culture only when the message is rendered.
/// </summary>
public static class TextArgs
{
    public static IReadOnlyDictionary<string, string> Of(params (string Name, object? Value)[] args)
    {
        var d = new Dictionary<string, string>(args.Length, StringComparer.Ordinal);
        foreach (var (name, value) in args) d[name] = Invariant(value);
        return d;
    }

    private static string Invariant(object? value) => value switch
    {
        null => "",
        string s => s,
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        float x => x.ToString("R", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
