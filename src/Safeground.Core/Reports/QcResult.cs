namespace Safeground.Core.Reports;

/// <summary>How a quality control sample of released land came out: with acceptance number 0, one find fails the lot.</summary>
public enum QcResult
{
    Passed,
    Failed,
}
