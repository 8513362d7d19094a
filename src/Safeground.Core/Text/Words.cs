using System.Text.Json;
using Safeground.Core.Accidents;
using Safeground.Core.Access;
using Safeground.Core.Hazards;
using Safeground.Core.Import;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.People;
using Safeground.Core.Plausibility;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.RiskEducation;
using Safeground.Core.Rules;

namespace Safeground.Core.Text;

/// <summary>
/// A coded value's word in the reader's language: <c>word.&lt;type&gt;.&lt;value&gt;</c> (word.hazard-status.in-progress,
/// word.eo-category.ap-mine). The stored and JSON form stays the kebab-case code; only what a person reads is a word.
/// Report kinds and release methods keep the ids they had before this list existed (word.kind.*, word.released.*).
/// </summary>
public static class Words
{
    /// <summary>Every coded value a user reads, by type and the prefix of its ids (tests hold the files to it).</summary>
    public static readonly IReadOnlyDictionary<Type, string> Prefixes = new Dictionary<Type, string>
    {
        [typeof(ReportKind)] = "word.kind.",
        [typeof(ReleaseMethod)] = "word.released.",
        [typeof(ReportStatus)] = "word.report-status.",
        [typeof(HazardStatus)] = "word.hazard-status.",
        [typeof(HazardClass)] = "word.hazard-class.",
        [typeof(ContaminationType)] = "word.contamination-type.",
        [typeof(EvidenceType)] = "word.evidence-type.",
        [typeof(EvidenceSource)] = "word.evidence-source.",
        [typeof(SurveyAction)] = "word.survey-action.",
        [typeof(Severity)] = "word.severity.",
        [typeof(EoCategory)] = "word.eo-category.",
        [typeof(EoCondition)] = "word.eo-condition.",
        [typeof(Disposal)] = "word.disposal.",
        [typeof(FuzeKind)] = "word.fuze-kind.",
        [typeof(Gender)] = "word.gender.",
        [typeof(VictimOutcome)] = "word.victim-outcome.",
        [typeof(AssetKind)] = "word.asset.",
        [typeof(Role)] = "word.role.",
        [typeof(Verdict)] = "word.verdict.",
        [typeof(SubmissionStatus)] = "word.submission.",
        [typeof(TriageOutcome)] = "word.triage.",
        [typeof(AgeBand)] = "word.age-band.",
        [typeof(EoreMethod)] = "word.eore-method.",
        [typeof(NonConformitySeverity)] = "word.non-conformity-severity.",
        [typeof(QcResult)] = "word.qc-result.",
    };

    /// <summary>The text id of <paramref name="value"/>'s word.</summary>
    public static string Id<T>(T value) where T : struct, Enum =>
        (Prefixes.TryGetValue(typeof(T), out var prefix) ? prefix : throw new ArgumentException($"{typeof(T).Name} has no words; add it to Words.Prefixes"))
        + JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary><paramref name="value"/>'s word in the reader's language.</summary>
    public static string Of<T>(T value) where T : struct, Enum => Texts.Render(Id(value));
}
