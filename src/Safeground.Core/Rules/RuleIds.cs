namespace Safeground.Core.Rules;

/// <summary>The names of the rules a programme file sets; the same words appear in findings and in --json.</summary>
public static class RuleIds
{
    // Land release (IMAS 07.11): steps that are refused at submission and approval.
    public const string ReleaseOnClosedHazard = "release-on-closed-hazard";
    public const string ClearingCancelledLand = "clearing-cancelled-land";
    public const string CompletionLeavesArea = "completion-leaves-area";
    public const string ReportBeforeHazard = "report-before-hazard";
    public const string HandoverBeforeClosed = "handover-before-closed";
    public const string HazardExists = "hazard-exists";
    public const string ReleaseOutsideHazard = "release-outside-hazard";

    // Quality management (IMAS 07.12): released land checked again, returned to hazardous, non-conformities.
    public const string ReopeningOutsideReleased = "reopening-outside-released";
    public const string QcOverdue = "qc-overdue";
    public const string QcFailedNotReopened = "qc-failed-not-reopened";
    public const string NonConformityOpen = "non-conformity-open";
    public const string QcSampleOutsideReleased = "qc-sample-outside-released";

    // Data quality and plausibility (safeground check).
    public const string GeometryInvalid = "geometry-invalid";
    public const string GeometryDegenerate = "geometry-degenerate";
    public const string HazardDuplicate = "hazard-duplicate";
    public const string HazardOverlap = "hazard-overlap";
    public const string FindOutsideActivity = "find-outside-activity";
    public const string FindDeeperThanClearance = "find-deeper-than-clearance";
    public const string DateInFuture = "date-in-future";
    public const string DateBeforeTask = "date-before-task";
    public const string DateOutOfOrder = "date-out-of-order";
    public const string ProductivityManual = "productivity-manual";
    public const string ProductivityMachine = "productivity-machine";
    public const string ProductivityDogs = "productivity-dogs";
    public const string EoDensityReview = "eo-density-review";
    public const string EoDensityReject = "eo-density-reject";
    public const string DeploymentEffort = "deployment-effort";
    public const string AccidentMissingFields = "accident-missing-fields";
    public const string ContaminationTypeDisagrees = "contamination-type-disagrees";
    public const string FindModelUnknown = "find-model-unknown";
    public const string FindModelCategory = "find-model-category";
    public const string IncidentOnReleasedLand = "incident-on-released-land";
    public const string TeamOutsideAccreditation = "team-outside-accreditation";

    // Reference rates and limits for claims (safeground check claim): what an area takes, and what a claim's people and casualties may be.
    public const string ManualRateTypical = "manual-rate-typical";
    public const string ManualRateLow = "manual-rate-low";
    public const string MachineRateTypical = "machine-rate-typical";
    public const string MachineRateLow = "machine-rate-low";
    public const string DogRateTypical = "dog-rate-typical";
    public const string WorkingHoursPerDay = "working-hours-per-day";
    public const string ClaimCasualties = "claim-casualties";
    public const string TeamSize = "team-size";

    /// <summary>The reference figures a claim is held against; they describe work, not records, so no store check fires them.</summary>
    public static readonly IReadOnlySet<string> ClaimFigures = new HashSet<string>(StringComparer.Ordinal)
    {
        ManualRateTypical, ManualRateLow, MachineRateTypical, MachineRateLow, DogRateTypical, WorkingHoursPerDay, ClaimCasualties, TeamSize,
    };
}
