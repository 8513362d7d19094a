using Safeground.Core.Reference;
using Safeground.Core.Status;

namespace Safeground.Contracts;

/// <summary>Clearance productivity of one asset kind: m² cleared, the effort spent (in <see cref="Unit"/>) and their ratio.</summary>
public sealed record ProductivityView(double ClearedM2, double Effort, string Unit, double? M2PerUnit)
{
    public static ProductivityView From(AssetKind asset, Productivity p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new ProductivityView(p.ClearedM2, p.Effort, StatusJson.EffortUnit(asset), p.Rate);
    }
}
