using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Safeground.Formats.GeoJson;

/// <summary>
/// The properties of one feature as two parallel arrays. Consecutive features of a file nearly always
/// have the same members in the same order, so they share one key array and each costs only its values:
/// a million features would otherwise carry a million hash tables. Lookups are linear, which beats
/// hashing at the sizes features have.
/// </summary>
internal sealed class PropertyRow(string[] keys, string?[] values) : IReadOnlyDictionary<string, string?>
{
    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<string?> Values => values;

    public string? this[string key] => TryGetValue(key, out string? value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string? value)
    {
        int at = IndexOf(key);
        value = at >= 0 ? values[at] : null;
        return at >= 0;
    }

    /// <summary>A copy with one more member (the feature's "id").</summary>
    public PropertyRow With(string key, string? value) => new([.. keys, key], [.. values, value]);

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
    {
        for (int i = 0; i < keys.Length; i++)
        {
            yield return new KeyValuePair<string, string?>(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (int i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
