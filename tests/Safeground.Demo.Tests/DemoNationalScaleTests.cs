using System.Diagnostics;
using Safeground.Demo;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Xunit.Abstractions;

namespace Safeground.Demo.Tests;

/// <summary>Runs alone: the memory check reads the whole process heap, which other tests would disturb.</summary>
[CollectionDefinition(nameof(NationalScaleCollection), DisableParallelization = true)]
public sealed class NationalScaleCollection;

[Collection(nameof(NationalScaleCollection))]
public class DemoNationalScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void National_scale_streams_100k_hazards_and_1M_finds_in_bounded_memory()
    {
        var data = DemoOperation.Generate(DemoScale.National);
        var kinds = new long[Enum.GetValues<ReportKind>().Length];
        long hazards = 0, finds = 0, victims = 0;
        long memoryAt10 = 0;
        var sw = Stopwatch.StartNew();
        foreach (var reports in data.HazardReports)
        {
            hazards++;
            Count(reports);
            // The generator holds one hazard at a time: the heap at 10 % and at the end must be about the same.
            if (hazards == NationalPlanner.HazardCount / 10) memoryAt10 = GC.GetTotalMemory(true);
        }
        long memoryAtEnd = GC.GetTotalMemory(true);
        long spotFinds = finds;
        foreach (var r in data.OtherReports) Count([r]);
        spotFinds = finds - spotFinds;
        sw.Stop();

        output.WriteLine($"{hazards:N0} hazards, {finds:N0} finds ({spotFinds:N0} from spot tasks), {victims} victims in {sw.Elapsed.TotalSeconds:F1} s");
        output.WriteLine(string.Join(", ", Enum.GetValues<ReportKind>().Select(k => $"{k}={kinds[(int)k]:N0}")));
        output.WriteLine($"{data.Organisations.Count} organisations, {data.Teams.Count} teams, {data.Deployments.Count} deployments");
        output.WriteLine($"heap at 10 %: {memoryAt10 / 1e6:F1} MB, at 100 %: {memoryAtEnd / 1e6:F1} MB");
        Assert.True(hazards >= 100_000, $"{hazards} hazards");
        Assert.True(finds - spotFinds >= 1_000_000, $"{finds - spotFinds} finds in hazards");
        Assert.True(data.Teams.Count >= 200);
        Assert.True(Math.Abs(memoryAtEnd - memoryAt10) < 50_000_000, $"heap grew from {memoryAt10} to {memoryAtEnd}");

        void Count(IReadOnlyList<Report> reports)
        {
            foreach (var r in reports)
            {
                kinds[(int)r.Kind]++;
                finds += r.Body.AllFinds.Count;
                if (r.Body is AccidentReport a) victims += a.Victims.Count;
            }
        }
    }

    [Fact]
    public void National_hazards_replay_quickly_and_conserve_area()
    {
        var data = DemoOperation.Generate(DemoScale.National);
        var sample = data.HazardReports.Take(1_000).ToList();
        var sw = Stopwatch.StartNew();
        var states = sample.Select(h => HazardProjector.Replay(h[0].HazardId!, h, Safeground.Core.Rules.ProgrammeRules.Default)).ToList();
        sw.Stop();
        output.WriteLine($"replay: {sw.Elapsed.TotalMilliseconds / sample.Count:F2} ms per hazard");
        Assert.All(states, s =>
        {
            Assert.NotNull(s);
            Assert.Equal(s.OriginalM2, s.CancelledM2 + s.ReducedM2 + s.ClearedM2 + s.RemainingM2, 0.01);
        });
        Assert.True(sw.Elapsed.TotalMilliseconds / sample.Count < 20, "replay should stay around a millisecond per hazard");
    }
}
