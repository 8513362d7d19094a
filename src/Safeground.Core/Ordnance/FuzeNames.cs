using Safeground.Core.Text;

namespace Safeground.Core.Ordnance;

/// <summary>Reads the words people give fuze kinds ("tilt-rod", "tilt rod", "TiltRod", "magnetic") and the categories of a model.</summary>
public static class FuzeNames
{
    public static FuzeKind? Fuze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var k = string.Concat(text.Where(char.IsLetter)).ToLowerInvariant();
        if (k is "magnetic" or "proximity") return FuzeKind.Influence;
        if (k is "release" or "pullrelease") return FuzeKind.PressureRelease;
        return Enum.GetValues<FuzeKind>().Cast<FuzeKind?>().FirstOrDefault(f => f.ToString()!.Equals(k, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The fuze kind <paramref name="text"/> names, or an Invalid error listing the kinds.</summary>
    public static FuzeKind ParseFuze(string text) => Fuze(text)
        ?? throw SafegroundException.Invalid(Texts.Render("ordnance.error.fuze", ("value", text),
            ("kinds", string.Join(", ", Enum.GetValues<FuzeKind>().Select(Storage.StoredNames.Of)))));

    /// <summary>The category <paramref name="text"/> names (<see cref="EoNames.Category"/>), or an Invalid error listing them.</summary>
    public static EoCategory ParseCategory(string text) => EoNames.Category(text)
        ?? throw SafegroundException.Invalid(Texts.Render("ordnance.error.category", ("value", text),
            ("categories", string.Join(", ", Enum.GetValues<EoCategory>().Select(Storage.StoredNames.Of)))));
}
