using Safeground.Core.Lifecycle;
using Safeground.Core.Rules;

namespace Safeground.Contracts;

/// <summary>The answer to <c>POST /api/v1/reports/check</c>: ok when no issue is an error, and every issue.</summary>
public sealed record ReportCheckView(bool Ok, IReadOnlyList<ReportIssueView> Issues)
{
    public static ReportCheckView From(IReadOnlyList<ReportIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return new ReportCheckView(issues.All(i => i.Severity != Severity.Error), issues.Select(ReportIssueView.From).ToList());
    }
}
