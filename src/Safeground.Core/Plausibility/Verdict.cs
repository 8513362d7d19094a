namespace Safeground.Core.Plausibility;

/// <summary>
/// What a figure of a claim deserves, from least to most serious. <see cref="NotJudged"/> is a figure
/// shown to explain the others (what the area would take), with no threshold of its own.
/// </summary>
public enum Verdict
{
    NotJudged,
    Plausible,
    Unusual,
    Implausible,
}
