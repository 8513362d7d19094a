using System.Text;

namespace Safeground.Cli.Output;

/// <summary>Enum values as they appear in output and JSON: kebab-case ("ap-mine", "in-progress", "sha").</summary>
public static class WireNames
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
