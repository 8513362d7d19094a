namespace Safeground.Core;

/// <summary>What went wrong, in terms every host can map: bad input, missing record, illegal state change.</summary>
public enum ErrorKind
{
    Invalid,
    NotFound,
    Conflict,
    Storage,
}
