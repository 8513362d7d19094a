using Safeground.Core.Rules;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// One problem of a report before it is stored, pinned to the field a form shows it next to:
/// a path in the report's JSON (<c>dateOfInformation</c>, <c>body.cleared</c>, <c>body.finds[2].quantity</c>).
/// An error stops the submission; a warning is for the reviewer and the author to read.
/// </summary>
/// <param name="Message">In the reader's language; <paramref name="MessageId"/> and <paramref name="Args"/> let a client render its own.</param>
public sealed record ReportIssue(string Field, Severity Severity, string Message, string? MessageId = null, IReadOnlyDictionary<string, string>? Args = null);
