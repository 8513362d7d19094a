using Safeground.Core.Text;

namespace Safeground.Core.Import;

/// <summary>
/// Which input property feeds which Safeground field. Field forms and legacy exports name things
/// differently; the importer tries the mapped name first, then common names.
/// </summary>
public sealed class FieldMapping
{
    private readonly Dictionary<string, string> _map = new(StringComparer.OrdinalIgnoreCase);

    public FieldMapping Map(string field, string property)
    {
        _map[field] = property;
        return this;
    }

    /// <summary>Parses "field=property" pairs as given on the command line.</summary>
    public static FieldMapping Parse(IEnumerable<string> pairs)
    {
        var m = new FieldMapping();
        foreach (var pair in pairs)
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == pair.Length - 1)
                throw SafegroundException.Invalid(Texts.Render("error.import.mapping-must-look-like-field", ("pair", pair)));
            m.Map(pair[..eq].Trim(), pair[(eq + 1)..].Trim());
        }
        return m;
    }

    /// <summary>The value of <paramref name="field"/> in <paramref name="properties"/>: mapped name, then the field's own name, then aliases.</summary>
    public string? Get(IReadOnlyDictionary<string, string?> properties, string field, params string[] aliases)
    {
        if (_map.TryGetValue(field, out var mapped))
            return Lookup(properties, mapped);
        var v = Lookup(properties, field);
        if (v is not null) return v;
        foreach (var a in aliases)
        {
            v = Lookup(properties, a);
            if (v is not null) return v;
        }
        return null;
    }

    private static string? Lookup(IReadOnlyDictionary<string, string?> properties, string name)
    {
        if (properties.TryGetValue(name, out var v)) return string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        foreach (var (k, value) in properties)
            if (string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return null;
    }
}
