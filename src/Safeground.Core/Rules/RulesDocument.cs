namespace Safeground.Core.Rules;

/// <summary>
/// The rules a store runs on, as <c>safeground rules show --json</c> and <c>GET /api/v1/rules</c> give them: where they come
/// from (version, who, when; or the built-in default, never set), the evidence weights, and every rule's effective setting
/// (what the file states, else the default's), marked where it differs from the built-in default.
/// </summary>
public sealed record RulesDocument(
    string Programme,
    string? Description,
    int? Version,
    bool BuiltInDefault,
    string Source,
    string? SetBy,
    DateTimeOffset? SetAt,
    string? Note,
    RulesDocument.EvidenceView Evidence,
    bool AllowSelfApproval,
    IReadOnlyDictionary<string, RulesDocument.RuleView> Rules)
{
    public sealed record EvidenceView(bool DirectIsCha, double ChaThreshold, IReadOnlyDictionary<string, double> Types, IReadOnlyDictionary<string, double> Sources);

    /// <param name="Changed">True where the setting differs from Safeground's built-in default.</param>
    public sealed record RuleView(string Severity, bool Enabled, double? Threshold, string? Unit, string? Description, bool Changed);

    public static RulesDocument Of(ProgrammeVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var r = version.Rules;
        var d = ProgrammeRules.Default;
        var rules = new SortedDictionary<string, RuleView>(StringComparer.Ordinal);
        foreach (var id in d.Rules.Keys.Concat(r.Rules.Keys).Distinct(StringComparer.Ordinal))
        {
            var s = r[id];
            var def = d.Rules.GetValueOrDefault(id);
            double? threshold = s.Threshold ?? def?.Threshold;
            bool changed = def is null || def.Severity != s.Severity || def.Enabled != s.Enabled || def.Threshold != threshold;
            rules[id] = new RuleView(Word(s.Severity), s.Enabled, threshold, s.Unit ?? def?.Unit, s.Description ?? def?.Description, changed);
        }
        var e = r.Evidence;
        var evidence = new EvidenceView(e.DirectIsCha, e.ChaThreshold,
            e.Types.OrderBy(t => t.Key).ToDictionary(t => Kebab(t.Key.ToString()), t => t.Value, StringComparer.Ordinal),
            e.Sources.OrderBy(t => t.Key).ToDictionary(t => Kebab(t.Key.ToString()), t => t.Value, StringComparer.Ordinal));
        var stored = version.Stored;
        return new RulesDocument(r.Name, r.Description, stored?.Version, version.IsBuiltInDefault, version.Describe(), stored?.SetBy, stored?.SetAt,
            stored?.Note, evidence, r.AllowSelfApproval, rules);
    }

    private static string Word(Severity s) => s.ToString().ToLowerInvariant();

    // The file's own words: EoSeen → eo-seen.
    private static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
