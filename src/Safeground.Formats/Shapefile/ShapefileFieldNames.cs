using System.Globalization;

namespace Safeground.Formats.Shapefile;

/// <summary>
/// A dBASE field name holds at most 10 characters, and the exports' names are longer ("organisation_id"). Each long
/// name has a fixed short one from this table (docs/user-guide.md lists it), so a file exported today has the
/// same columns as one exported last year and a script written against them keeps working. A name not in the table
/// is cut to 10 characters; if that repeats a name already in the file, to 8 and "_2", "_3"... in field order.
/// The reader gives each short name of the table back its long name too, so an export imports as it was.
/// </summary>
public static class ShapefileFieldNames
{
    public const int MaxLength = 10;

    private static readonly Dictionary<string, string> Short = new(StringComparer.Ordinal)
    {
        ["organisation_id"] = "org_id",
        ["original_m2"] = "orig_m2",
        ["original_ha"] = "orig_ha",
        ["cancelled_m2"] = "cancel_m2",
        ["cancelled_ha"] = "cancel_ha",
        ["released_m2"] = "releas_m2",
        ["released_ha"] = "releas_ha",
        ["remaining_m2"] = "remain_m2",
        ["remaining_ha"] = "remain_ha",
        ["suspected_categories"] = "categories",
        ["evidence_count"] = "evidence_n",
        ["release_count"] = "release_n",
        ["accident_count"] = "accident_n",
        ["clearance_depth_cm"] = "clr_depth",
        ["last_report_on"] = "last_on",
        ["last_report_id"] = "last_rep",
        ["report_count"] = "report_n",
        ["occurred_at"] = "occurred",
        ["is_demining"] = "demining",
        ["activity_at_time"] = "activity",
        ["asset_at_time"] = "asset",
        ["activation_method"] = "activation",
        ["item_marked"] = "marked",
        ["device_category"] = "device_cat",
        ["device_model"] = "device_mod",
        ["ground_conditions"] = "ground",
        ["corrective_action"] = "corrective",
    };

    private static readonly Dictionary<string, string> Long = Short.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The table, long name to short, for documentation and tests.</summary>
    public static IReadOnlyDictionary<string, string> Table => Short;

    /// <summary>Short names for one file's fields, in their order, all distinct (ignoring case, as dBASE readers do).</summary>
    public static string[] For(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new string[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            string name = Short.TryGetValue(names[i], out var mapped) ? mapped : names[i].Length <= MaxLength ? names[i] : names[i][..MaxLength];
            for (int n = 2; !taken.Add(name); n++)
            {
                string suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
                name = string.Concat(names[i].AsSpan(0, Math.Min(names[i].Length, MaxLength - suffix.Length)), suffix);
            }

            result[i] = name;
        }

        return result;
    }

    /// <summary>The export's long name for a short one of the table, or null.</summary>
    public static string? LongName(string shortName) => Long.GetValueOrDefault(shortName);
}
