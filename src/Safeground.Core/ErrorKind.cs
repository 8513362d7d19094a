namespace Safeground.Core;

/// <summary>
/// What went wrong, in terms every host can map: bad input, missing record, illegal state change, a store another
/// program holds (wait and try again), a store that failed.
/// </summary>
public enum ErrorKind
{
    Invalid,
    NotFound,
    Conflict,
    Storage,
    Busy,
}
