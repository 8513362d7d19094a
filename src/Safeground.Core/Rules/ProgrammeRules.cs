using System.Text.Json;
using System.Text.Json.Serialization;
using Safeground.Core.Hazards;
using Safeground.Core.Text;

namespace Safeground.Core.Rules;

/// <summary>
/// A programme's rules and thresholds, read from a JSON file (programmes/default.json is the
/// template and the built-in default). Rules are data: a national authority changes a threshold
/// by editing its file, not the code.
/// </summary>
public sealed class ProgrammeRules
{
    private static readonly Lazy<string> BuiltInJson = new(ReadBuiltIn);
    private static readonly Lazy<ProgrammeRules> BuiltIn = new(() => Parse(BuiltInJson.Value, BuiltInName));

    private readonly IReadOnlyDictionary<string, RuleSetting> _rules;

    private ProgrammeRules(string name, string? description, EvidenceWeights evidence, IReadOnlyDictionary<string, RuleSetting> rules, bool allowSelfApproval)
    {
        Name = name;
        Description = description;
        Evidence = evidence;
        _rules = rules;
        AllowSelfApproval = allowSelfApproval;
    }

    /// <summary>Safeground's defaults: the figures of DOMAIN.md.</summary>
    public static ProgrammeRules Default => BuiltIn.Value;

    /// <summary>The text of the built-in default (programmes/default.json), as a store records it.</summary>
    public static string DefaultJson => BuiltInJson.Value;

    public string Name { get; }
    public string? Description { get; }
    public EvidenceWeights Evidence { get; }

    /// <summary>
    /// Whether a data manager may approve a report they submitted (or delivered from a field kit) themselves
    /// (<c>"approval": {"allowSelfApproval": ...}</c>). False by default: "four eyes", a second person approves.
    /// </summary>
    public bool AllowSelfApproval { get; }

    /// <summary>Every rule the file sets, by id.</summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules => _rules;

    /// <summary>The setting of one rule; a rule the file leaves out takes the default's setting.</summary>
    public RuleSetting this[string ruleId] =>
        _rules.TryGetValue(ruleId, out var s) ? s
        : !ReferenceEquals(this, BuiltIn.Value) ? Default[ruleId]
        : throw new KeyNotFoundException($"rule {ruleId} is not in the default programme");

    public bool IsEnabled(string ruleId) => this[ruleId].Enabled;

    /// <summary>The threshold of a rule that has one (a programme file may not remove it).</summary>
    public double Threshold(string ruleId) =>
        this[ruleId].Threshold ?? Default[ruleId].Threshold
        ?? throw new InvalidOperationException($"rule {ruleId} has no threshold");

    public static ProgrammeRules Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SafegroundException.Invalid(Texts.Render("error.rules.cannot-read-programme-s-rules", ("path", path), ("message", e.Message)));
        }
        return Parse(text, path);
    }

    public static ProgrammeRules Parse(string json, string source)
    {
        ProgrammeFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ProgrammeFile>(json, FileOptions);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $" at {e.Path}";
            var line = e.LineNumber is null ? "" : $" (line {e.LineNumber + 1})";
            throw SafegroundException.Invalid(Texts.Render("error.rules.not-programme-rules-file", ("source", source), ("where", where), ("line", line), ("e", Reason(e))));
        }
        if (file is null) throw SafegroundException.Invalid(Texts.Render("error.rules.empty-programme-rules-file", ("source", source)));
        var defaults = source == BuiltInName ? null : Default;
        var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        foreach (var (id, setting) in file.Rules ?? [])
        {
            if (defaults is not null && !defaults._rules.ContainsKey(id))
                throw SafegroundException.Invalid(Texts.Render("error.rules.unknown-rule-known", ("source", source), ("at", LineOf(json, id)), ("rule", id), ("keys", string.Join(", ", defaults._rules.Keys))));
            if (setting.Threshold is < 0)
                throw SafegroundException.Invalid(Texts.Render("error.rules.rule-threshold-cannot-negative", ("source", source), ("at", LineOf(json, id)), ("rule", id), ("threshold", setting.Threshold)));
            rules[id] = setting;
        }
        var evidence = file.Evidence is null ? defaults?.Evidence : ToWeights(file.Evidence, defaults?.Evidence);
        if (evidence is null) throw SafegroundException.Invalid(Texts.Render("error.rules.evidence-weights-are-missing", ("source", source)));
        bool allowSelfApproval = file.Approval?.AllowSelfApproval ?? defaults?.AllowSelfApproval ?? false;
        return new ProgrammeRules(file.Programme ?? Path.GetFileNameWithoutExtension(source), file.Description, evidence, rules, allowSelfApproval);
    }

    private static EvidenceWeights ToWeights(EvidenceSection s, EvidenceWeights? defaults)
    {
        var types = new Dictionary<EvidenceType, double>(defaults?.Types ?? new Dictionary<EvidenceType, double>());
        foreach (var (k, v) in s.Types ?? []) types[k] = v;
        var sources = new Dictionary<EvidenceSource, double>(defaults?.Sources ?? new Dictionary<EvidenceSource, double>());
        foreach (var (k, v) in s.Sources ?? []) sources[k] = v;
        return new EvidenceWeights(types, sources, s.ChaThreshold ?? defaults?.ChaThreshold ?? 1.0, s.DirectIsCha ?? defaults?.DirectIsCha ?? true);
    }

    private const string BuiltInName = "default-programme.json";

    private static string ReadBuiltIn()
    {
        using var stream = typeof(ProgrammeRules).Assembly.GetManifestResourceStream(BuiltInName)
            ?? throw new InvalidOperationException($"resource {BuiltInName} is missing from Safeground.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // "line N: " of the first line naming a rule as a key, so the error points where the file says it.
    private static string LineOf(string json, string ruleId)
    {
        int at = json.IndexOf($"\"{ruleId}\"", StringComparison.Ordinal);
        if (at < 0) return "";
        int line = 1;
        for (int i = 0; i < at; i++) if (json[i] == '\n') line++;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line}: ");
    }

    private static string Reason(JsonException e)
    {
        var m = e.Message;
        int cut = m.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? m[..cut] : m;
    }

    private static readonly JsonSerializerOptions FileOptions = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return o;
    }

    private sealed record ProgrammeFile(string? Programme, string? Description, EvidenceSection? Evidence, ApprovalSection? Approval, Dictionary<string, RuleSetting>? Rules);

    private sealed record ApprovalSection(string? Description, bool? AllowSelfApproval);

    private sealed record EvidenceSection(
        string? Description,
        bool? DirectIsCha,
        double? ChaThreshold,
        Dictionary<EvidenceType, double>? Types,
        Dictionary<EvidenceSource, double>? Sources);
}
