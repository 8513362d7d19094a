using System.Collections.Concurrent;
using System.Text;

namespace Safeground.Formats.Export;

/// <summary>Enum values as exported: kebab-case lower ("ApMine" → "ap-mine"), stable whatever the .NET name casing.</summary>
internal static class EnumText
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string? Of<T>(T? value)
        where T : struct, Enum => value is { } v ? Cache.GetOrAdd(v, e => Kebab(e.ToString())) : null;

    public static string? Join<T>(IEnumerable<T>? values)
        where T : struct, Enum => values is null ? null : string.Join(",", values.Select(v => Of<T>(v)));

    internal static string Kebab(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
