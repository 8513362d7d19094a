namespace Safeground.Core.Reports;

/// <summary>
/// The error of a dispatch over report kinds that meets a kind it has no case for. Every switch over
/// <see cref="ReportBody"/> or <see cref="ReportKind"/> names each kind and ends here: a new kind that is not
/// taught to the projector or the checks fails loudly the first time it is met, never silently does nothing.
/// </summary>
public static class UnknownReportKind
{
    /// <summary>"<paramref name="what"/> has no case for report kind ...": Invalid, naming the kind and its C# type.</summary>
    public static SafegroundException Error(ReportBody body, string what)
    {
        ArgumentNullException.ThrowIfNull(body);
        return SafegroundException.Invalid($"{what} has no case for report kind '{body.Kind}' ({body.GetType().Name}): this Safeground does not know how to handle it");
    }

    /// <inheritdoc cref="Error(ReportBody, string)"/>
    public static SafegroundException Error(ReportKind kind, string what) =>
        SafegroundException.Invalid($"{what} has no case for report kind '{kind}': this Safeground does not know how to handle it");
}
