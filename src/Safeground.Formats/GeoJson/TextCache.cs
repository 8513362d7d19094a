using System.Text;

namespace Safeground.Formats.GeoJson;

/// <summary>
/// A direct-mapped cache from short ASCII byte strings to strings. Property names and categorical values
/// ("ap-mine", "2585-III", "1") repeat in every feature of a file; reusing one string for each saves
/// most of the reader's allocations. A miss just replaces the slot, so memory stays bounded.
/// </summary>
internal sealed class TextCache(int slots, int maxLength)
{
    private readonly string?[] entries = new string?[slots];

    /// <summary>The string for <paramref name="utf8"/>, which must hold no JSON escapes.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0)
        {
            return "";
        }

        if (utf8.Length > maxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        // Length and three bytes: cheap, and enough to spread the handful of values a column repeats.
        uint hash = (uint)((utf8.Length * 7919) ^ (utf8[0] * 31) ^ (utf8[^1] * 131) ^ (utf8[utf8.Length >> 1] << 9));
        ref string? entry = ref entries[hash % (uint)entries.Length];
        if (entry is { } cached && Ascii.Equals(utf8, cached))
        {
            return cached; // Ascii.Equals is false for any non-ASCII byte, so a hit is exact
        }

        if (!Ascii.IsValid(utf8))
        {
            return Encoding.UTF8.GetString(utf8);
        }

        entry = Encoding.ASCII.GetString(utf8);
        return entry;
    }
}
