using Safeground.Core.Plausibility;

namespace Safeground.Contracts;

/// <summary>The recorded deployments a claim was set against, each and all together, and the field reports that name none.</summary>
public sealed record RecordedDataView(string? Store, IReadOnlyList<DeploymentView> Deployments, DeploymentView All, long ReportsWithoutDeployment)
{
    public static RecordedDataView From(RecordedOperations r, string? store)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new RecordedDataView(store, r.Deployments.Select(DeploymentView.From).ToList(), DeploymentView.From(r.All), r.ReportsWithoutDeployment);
    }
}
