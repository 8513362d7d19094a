namespace Safeground.Core.Ordnance;

/// <summary>
/// Reads the names field forms and legacy databases give EO categories, conditions and disposals
/// ("AP mine", "anti-personnel", "APM", "ap-mine" are one category).
/// </summary>
public static class EoNames
{
    public static EoCategory? Category(string text)
    {
        var t = Key(text);
        return t switch
        {
            "apmine" or "ap" or "apm" or "antipersonnel" or "antipersonnelmine" or "personnelmine" => EoCategory.ApMine,
            "atmine" or "at" or "atm" or "antitank" or "antitankmine" or "antivehicle" or "avmine" => EoCategory.AtMine,
            "uxo" or "unexploded" or "unexplodedordnance" => EoCategory.Uxo,
            "axo" or "abandoned" or "abandonedordnance" => EoCategory.Axo,
            "submunition" or "submunitions" or "cluster" or "clustermunition" or "cm" or "bomblet" => EoCategory.Submunition,
            "ied" or "improvised" or "improvisedexplosivedevice" => EoCategory.Ied,
            "saa" or "smallarms" or "smallarmsammunition" or "ammunition" => EoCategory.SmallArmsAmmunition,
            _ => null,
        };
    }

    // Enum.TryParse also reads numbers ("42" would become an undefined condition): only a name is a condition.
    public static EoCondition? Condition(string text) =>
        Key(text) is { Length: > 0 } k && char.IsLetter(k[0]) && Enum.TryParse<EoCondition>(k, ignoreCase: true, out var c) ? c : null;

    public static Disposal? Disposal(string text) => Key(text) switch
    {
        "destroyedinsitu" or "destroyed" or "insitu" or "blowninplace" => Ordnance.Disposal.DestroyedInSitu,
        "removed" or "moved" or "transported" => Ordnance.Disposal.Removed,
        "other" => Ordnance.Disposal.Other,
        _ => null,
    };

    private static string Key(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
