using System.Globalization;
using Safeground.Core.Text;

namespace Safeground.Core.Import;

/// <summary>Numbers as import files give them, read once for finds and accidents alike.</summary>
public static class ImportNumbers
{
    /// <summary>Deeper than this (50 m) a depth is a typing or unit error, not a find: refused, never clamped.</summary>
    public const int MaxDepthCm = 5_000;

    /// <summary>A depth in cm, rounded; null with <paramref name="problem"/> set (if not already) when it is not one.</summary>
    public static int? DepthCm(string text, ref string? problem)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            problem ??= Texts.Render("import.find.depth-not-a-number", ("value", text));
            return null;
        }
        if (value < 0 || value > MaxDepthCm)
        {
            problem ??= Texts.Render("import.find.depth-out-of-range", ("value", text), ("max", MaxDepthCm));
            return null;
        }
        return (int)Math.Round(value);
    }
}
