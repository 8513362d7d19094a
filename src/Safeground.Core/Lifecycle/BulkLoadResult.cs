namespace Safeground.Core.Lifecycle;

/// <summary>Running counts of a bulk load, reported as progress and at the end.</summary>
public sealed class BulkLoadResult
{
    public long Hazards { get; set; }
    public long Reports { get; set; }
    public long Finds { get; set; }
    public long Accidents { get; set; }
}
