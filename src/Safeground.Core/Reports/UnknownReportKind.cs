using Safeground.Core.Text;

namespace Safeground.Core.Reports;

/// <summary>
/// The error of a dispatch over report kinds that meets a kind it has no case for. Every switch over
/// <see cref="ReportBody"/> names each kind and ends here: a new kind that is not taught to the projector or the
/// validation fails loudly the first time it is met, never silently does nothing.
/// </summary>
public static class UnknownReportKind
{
    /// <summary>
    /// Invalid, with the text <paramref name="id"/> (an <c>error.report.unknown-kind.*</c> sentence saying where), given
    /// the kind and its C# type as <c>{kind}</c> and <c>{type}</c> besides <paramref name="args"/>.
    /// </summary>
    public static SafegroundException Error(ReportBody body, string id, params (string Name, object? Value)[] args)
    {
        ArgumentNullException.ThrowIfNull(body);
        return SafegroundException.Invalid(Texts.Render(id, [.. args, ("kind", body.Kind.ToString()), ("type", body.GetType().Name)]));
    }
}
