using Safeground.Core.Lifecycle;
using Safeground.Core.Rules;

namespace Safeground.Contracts;

/// <summary>One problem of a checked report, with the field it concerns (a JSON path in the report).</summary>
public sealed record ReportIssueView(string Field, Severity Severity, string Message)
{
    public static ReportIssueView From(ReportIssue i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new ReportIssueView(i.Field, i.Severity, i.Message);
    }
}
