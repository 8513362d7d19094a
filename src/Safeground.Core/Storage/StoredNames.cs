using System.Collections.Frozen;
using System.Text.Json;

namespace Safeground.Core.Storage;

/// <summary>
/// How stores write enums: as the same kebab-case words the report JSON uses ("in-progress", "ap-mine"), so a
/// person reading the table in QGIS and the payload sees one vocabulary. Cached: no allocation per row.
/// </summary>
public static class StoredNames
{
    public static string Of<T>(T value) where T : struct, Enum => Cache<T>.ToName[value];

    /// <summary>The same word as UTF-8 bytes, for binding without encoding per row.</summary>
    public static byte[] Utf8Of<T>(T value) where T : struct, Enum => Cache<T>.ToUtf8[value];

    public static string? Of<T>(T? value) where T : struct, Enum => value is { } v ? Cache<T>.ToName[v] : null;

    public static T Parse<T>(string text) where T : struct, Enum =>
        Cache<T>.FromName.TryGetValue(text, out var v)
            ? v
            : throw new FormatException($"'{text}' is not a known {typeof(T).Name}");

    public static T? ParseOrNull<T>(string? text) where T : struct, Enum => text is null ? null : Parse<T>(text);

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToName =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<T, byte[]> ToUtf8 =
            ToName.ToFrozenDictionary(kv => kv.Key, kv => System.Text.Encoding.UTF8.GetBytes(kv.Value));

        public static readonly FrozenDictionary<string, T> FromName =
            ToName.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);
    }
}
