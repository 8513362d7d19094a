namespace Safeground.Core.Lifecycle;

/// <summary>What became of one report of a batch submission (<see cref="ReportLifecycle.SubmitAll"/>).</summary>
public enum SubmissionStatus
{
    /// <summary>Stored as a new submission, pending a decision.</summary>
    Accepted,

    /// <summary>A report of that id is already stored: nothing was done (a sync sent it again).</summary>
    AlreadyPresent,

    /// <summary>Not stored: validation or a land-release rule refused it (see the reason).</summary>
    Refused,
}
