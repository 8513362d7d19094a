namespace Safeground.Core.Reports;

/// <summary>IMAS 07.12's grades of a non-conformity.</summary>
public enum NonConformitySeverity
{
    Minor,
    Major,
    Critical,
}
