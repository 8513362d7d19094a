using System.Text.Json.Nodes;
using Safeground.Core.Text;

namespace Safeground.Core.Reports;

/// <summary>
/// The versions of a report's JSON form and the one place that turns an older form into the current records.
/// Reports are immutable, so a payload stored years ago is read by every later Safeground: when a record changes
/// shape, <see cref="Current"/> goes up and a step here rewrites the older JSON before it is read.
/// </summary>
/// <remarks>
/// The version is the payload's top-level <c>"v"</c>, written first by <see cref="ReportJson"/>. Payloads stored
/// before versions existed have none and are version 1. A payload of a version above <see cref="Current"/> was
/// written by a newer Safeground and is refused (never half-read): this one cannot know what the newer fields mean.
/// </remarks>
public static class ReportVersions
{
    /// <summary>The version of a payload without <c>"v"</c>: every payload stored before versions existed.</summary>
    public const int Unversioned = 1;

    /// <summary>The version this Safeground writes and the highest it reads.</summary>
    public const int Current = 3;

    /// <summary>The name of the version property at the top of a report's JSON.</summary>
    public const string Property = "v";

    // Step n turns a version-n payload into version n+1 (null: the JSON did not change, only its label). Version 2 added
    // "v" itself; a reader ignores it, so a version-1 payload reads as it is. Add a step with each version.
    // Version 3 added the surveys' optional "contaminationType": an older payload without it reads as "not stated",
    // and the new version keeps an older Safeground from reading a stated type as if it were not there.
    private static readonly Func<JsonObject, JsonObject>?[] Steps =
    [
        null, // 1 → 2
        null, // 2 → 3
    ];

    /// <summary>Whether a payload of <paramref name="version"/> must be rewritten before it is read (false: it reads as it is).</summary>
    public static bool NeedsUpgrade(int version) => Check(version) < Current && Steps.Skip(version - 1).Any(s => s is not null);

    /// <summary>A payload of <paramref name="version"/> in the current form, step by step.</summary>
    public static JsonObject Upgrade(JsonObject payload, int version)
    {
        ArgumentNullException.ThrowIfNull(payload);
        for (int v = Check(version); v < Current; v++)
        {
            if (Steps[v - 1] is { } step) payload = step(payload);
        }
        payload[Property] = Current;
        return payload;
    }

    /// <summary><paramref name="version"/> when this Safeground reads it.</summary>
    /// <exception cref="SafegroundException">Invalid for a version below 1 or above <see cref="Current"/>.</exception>
    public static int Check(int version)
    {
        if (version > Current)
            throw SafegroundException.Invalid(Texts.Render("error.report.payload-newer", ("version", version), ("current", Current)));
        if (version < Unversioned)
            throw SafegroundException.Invalid(Texts.Render("error.report.payload-version-unknown", ("property", Property), ("version", version), ("current", Current)));
        return version;
    }
}
