using System.Text.Json.Serialization;
using Safeground.Core.RiskEducation;

namespace Safeground.Core.Reports;

/// <summary>
/// What a report says, by kind. The discriminator is the report kind's wire name, so a stored payload
/// reads on its own: <c>{"kind":"completion", ...}</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(NonTechnicalSurvey), "non-technical-survey")]
[JsonDerivedType(typeof(TechnicalSurvey), "technical-survey")]
[JsonDerivedType(typeof(ClearanceProgress), "clearance-progress")]
[JsonDerivedType(typeof(Completion), "completion")]
[JsonDerivedType(typeof(EodSpotTask), "eod-spot-task")]
[JsonDerivedType(typeof(AccidentReport), "accident")]
[JsonDerivedType(typeof(Handover), "handover")]
[JsonDerivedType(typeof(QaVisit), "qa-visit")]
[JsonDerivedType(typeof(QcSampling), "qc-sampling")]
[JsonDerivedType(typeof(NonConformity), "non-conformity")]
[JsonDerivedType(typeof(Reopening), "reopening")]
[JsonDerivedType(typeof(RiskEducationSession), "risk-education")]
[JsonDerivedType(typeof(CasualtyIncident), "casualty-incident")]
public abstract record ReportBody
{
    [JsonIgnore]
    public abstract ReportKind Kind { get; }

    /// <summary>
    /// The polygon this report releases or draws, which the replay's geometry rules and the split across hazards are
    /// about; null when it draws none. Abstract, with <see cref="ClaimedField"/>, so that a new kind cannot be
    /// forgotten where they are read (the compiler asks for both, instead of a switch that must name every kind).
    /// </summary>
    [JsonIgnore]
    public abstract NetTopologySuite.Geometries.Geometry? Claimed { get; }

    /// <summary>The JSON path of <see cref="Claimed"/> ("body" when the report draws no polygon): where a geometry finding points.</summary>
    [JsonIgnore]
    public abstract string ClaimedField { get; }

    /// <summary>
    /// Whether the report must name the hazard it is about. A spot task, an accident, a QA visit, a non-conformity, a
    /// risk-education session or a civilian incident may happen where no hazard is recorded, so those kinds say no.
    /// </summary>
    [JsonIgnore]
    public virtual bool NeedsHazard => true;

    /// <summary>The finds this report records (none for surveys without finds).</summary>
    [JsonIgnore]
    public virtual IReadOnlyList<Ordnance.EoFind> AllFinds => [];
}
