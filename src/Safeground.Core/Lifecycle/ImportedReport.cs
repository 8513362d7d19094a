namespace Safeground.Core.Lifecycle;

/// <summary>
/// A report an import makes from one feature of a file, with where it came from ("history.geojson, feature 3"), which
/// its history keeps (the reason on its submission event): the report says what was done, the event who brought it in.
/// </summary>
public sealed record ImportedReport(Reports.Report Report, string Source);
