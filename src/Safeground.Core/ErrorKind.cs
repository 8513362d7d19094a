namespace Safeground.Core;

/// <summary>
/// What went wrong, in terms every host can map: bad input, missing record, illegal state change, a step the user may
/// not take, a store another program holds (wait and try again), a store that failed.
/// </summary>
public enum ErrorKind
{
    Invalid,
    NotFound,
    Conflict,
    Storage,
    Busy,
    /// <summary>The user may not do this (another organisation's report, a role below the step, their own report to approve).</summary>
    Forbidden,
}
