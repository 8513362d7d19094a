using Safeground.Demo;
using Safeground.Core.Projections;
using Safeground.Core.Reports;

namespace Safeground.Demo.Tests;

/// <summary>The operation-scale demo generated and replayed once for all realism tests.</summary>
public sealed class OperationFixture
{
    public DemoData Data { get; } = DemoOperation.Generate(DemoScale.Operation);
    public List<IReadOnlyList<Report>> Hazards { get; }
    public List<Report> Others { get; }
    public List<HazardState> States { get; }
    public IEnumerable<Report> AllReports => Hazards.SelectMany(h => h).Concat(Others);

    public OperationFixture()
    {
        Hazards = Data.HazardReports.ToList();
        Others = Data.OtherReports.ToList();
        States = Hazards.Select(h => HazardProjector.Replay(h[0].HazardId!, h, Safeground.Core.Rules.ProgrammeRules.Default)!).ToList();
    }
}
