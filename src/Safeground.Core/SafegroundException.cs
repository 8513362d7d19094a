namespace Safeground.Core;

/// <summary>
/// A domain error with a message a data manager understands. Hosts map <see cref="Kind"/> to an exit
/// code (CLI) or a ProblemDetails status (HTTP) in one place, so every surface says the same thing.
/// </summary>
public sealed class SafegroundException(ErrorKind kind, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ErrorKind Kind { get; } = kind;

    public static SafegroundException Invalid(string message) => new(ErrorKind.Invalid, message);
    public static SafegroundException NotFound(string message) => new(ErrorKind.NotFound, message);
    public static SafegroundException Conflict(string message) => new(ErrorKind.Conflict, message);
    public static SafegroundException Forbidden(string message) => new(ErrorKind.Forbidden, message);
}
