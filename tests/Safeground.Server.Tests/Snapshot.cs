using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeground.Server.Tests;

/// <summary>
/// Committed snapshots of generated files (the OpenAPI document, the web app's typedefs): a test regenerates the file
/// and compares. Refresh after an intended change with <c>SAFEGROUND_UPDATE_SNAPSHOTS=1 dotnet test ...</c>, then commit.
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "SAFEGROUND_UPDATE_SNAPSHOTS";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The checkout's root (where Safeground.slnx is), found upwards from the test's binaries.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Safeground.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Safeground.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Compares generated JSON with the committed file, or writes it when updating; the failure lists what differs, path by path.</summary>
    public static void MatchJson(string relative, JsonNode generated)
    {
        var text = generated.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var path = PathOf(relative);
        if (Updating)
        {
            File.WriteAllText(path, text);
            return;
        }
        Assert.True(File.Exists(path), $"{relative} is missing; create it with {UpdateVariable}=1");
        var committed = JsonNode.Parse(File.ReadAllText(path));
        var differences = new List<string>();
        Diff("$", committed, generated, differences);
        Assert.True(differences.Count == 0,
            $"{relative} is not what the code generates ({differences.Count} differences; '-' committed, '+' generated):\n"
            + string.Join("\n", differences.Take(40)) + (differences.Count > 40 ? "\n..." : "")
            + $"\nIf the change is intended, refresh the snapshot: {UpdateVariable}=1 dotnet test tests/Safeground.Server.Tests --filter Snapshot, and commit it.");
    }

    /// <summary>Compares generated text with the committed file, or writes it when updating; the failure shows the first differing lines.</summary>
    public static void MatchText(string relative, string generated)
    {
        var path = PathOf(relative);
        if (Updating)
        {
            File.WriteAllText(path, generated);
            return;
        }
        Assert.True(File.Exists(path), $"{relative} is missing; create it with {UpdateVariable}=1");
        var committed = File.ReadAllText(path).Split('\n');
        var made = generated.Split('\n');
        var report = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.Max(committed.Length, made.Length) && shown < 20; i++)
        {
            var a = i < committed.Length ? committed[i] : null;
            var b = i < made.Length ? made[i] : null;
            if (a == b) continue;
            report.Append(System.Globalization.CultureInfo.InvariantCulture, $"line {i + 1}:\n- {a ?? "(end)"}\n+ {b ?? "(end)"}\n");
            shown++;
        }
        Assert.True(shown == 0, $"{relative} is not what the code generates:\n{report}"
            + $"If the change is intended, refresh it: {UpdateVariable}=1 dotnet test tests/Safeground.Server.Tests --filter Snapshot, and commit it.");
    }

    private static void Diff(string at, JsonNode? a, JsonNode? b, List<string> differences)
    {
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var (key, value) in x)
                {
                    if (!y.ContainsKey(key)) differences.Add($"- {at}.{key}: {Short(value)}");
                    else Diff($"{at}.{key}", value, y[key], differences);
                }
                foreach (var (key, value) in y)
                    if (!x.ContainsKey(key)) differences.Add($"+ {at}.{key}: {Short(value)}");
                break;
            case (JsonArray x, JsonArray y):
                for (int i = 0; i < Math.Max(x.Count, y.Count); i++)
                {
                    if (i >= y.Count) differences.Add($"- {at}[{i}]: {Short(x[i])}");
                    else if (i >= x.Count) differences.Add($"+ {at}[{i}]: {Short(y[i])}");
                    else Diff($"{at}[{i}]", x[i], y[i], differences);
                }
                break;
            default:
                if (!JsonNode.DeepEquals(a, b)) differences.Add($"- {at}: {Short(a)}\n+ {at}: {Short(b)}");
                break;
        }
    }

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 160 ? text : text[..160] + "…";
    }
}
