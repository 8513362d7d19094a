using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Safeground.Core.Text;

namespace Safeground.Core.Reports;

/// <summary>
/// Why a report's JSON could not be read, as one sentence that starts with the field: what System.Text.Json says
/// about a polymorphic body (an abstract type, an unrecognised discriminator) is about C# types, not about "kind".
/// </summary>
public static class ReportJsonError
{
    /// <summary>The report kinds' wire names, as a reader should write them.</summary>
    public static string Kinds { get; } = string.Join(", ", typeof(ReportBody).GetCustomAttributes<JsonDerivedTypeAttribute>()
        .Select(a => a.TypeDiscriminator as string).OfType<string>());

    /// <summary>True for the exceptions reading a report's JSON throws for bad input (and nothing else).</summary>
    public static bool IsReadError(Exception e) => e is JsonException || (e is NotSupportedException && e.Message.Contains(nameof(ReportBody), StringComparison.Ordinal));

    /// <summary>"field: reason" for an exception <see cref="IsReadError"/> accepts; <paramref name="line"/> is 1-based when known.</summary>
    public static string Describe(Exception e, out long? line)
    {
        ArgumentNullException.ThrowIfNull(e);
        var json = e as JsonException;
        line = json?.LineNumber + 1;
        var path = Field(json?.Path ?? PathIn(e.Message));
        var message = e.Message.Split(" Path:")[0];
        if (e is NotSupportedException)
            return Texts.Render("error.json.kind-missing", ("field", Join(path, "kind")), ("kinds", Kinds));
        const string Unrecognised = "Read unrecognized type discriminator id '";
        if (message.StartsWith(Unrecognised, StringComparison.Ordinal))
        {
            var kind = message[Unrecognised.Length..].TrimEnd('.', '\'');
            return Texts.Render("error.json.kind-unknown", ("field", Join(path.EndsWith(".kind", StringComparison.Ordinal) ? path[..^5] : path, "kind")), ("kind", kind), ("kinds", Kinds));
        }
        return $"{(path.Length == 0 ? "body" : path)}: {message}";
    }

    private static string Join(string path, string member) => path.Length == 0 ? member : $"{path}.{member}";

    // "$.body.perimeter" → "body.perimeter"; "$" → "".
    private static string Field(string? path) => path is null ? "" : path.TrimStart('$').TrimStart('.');

    private static string? PathIn(string message)
    {
        int at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = message[(at + 7)..];
        int end = rest.IndexOf(' ', StringComparison.Ordinal);
        return end < 0 ? rest : rest[..end];
    }
}
