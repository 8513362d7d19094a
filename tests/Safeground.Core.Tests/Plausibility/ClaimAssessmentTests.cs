using Safeground.Core.Plausibility;
using Safeground.Core.Rules;

namespace Safeground.Core.Tests.Plausibility;

public class ClaimAssessmentTests
{
    private static ClaimAssessment Assess(ReportedOperation claim) => ClaimAssessment.Assess(claim, ProgrammeRules.Default);

    // "20,000 devices over 150 ha in 60 days by 200 deminers", worked out by hand.
    private static readonly ReportedOperation Example = ReportedOperation.WithArea(AreaParser.Parse("150 ha"), devices: 20_000, days: 60, people: 200);

    [Fact]
    public void The_example_claim_figure_by_figure()
    {
        var a = Assess(Example);

        var density = a.Figure("eo-density")!;
        Assert.Equal(20_000 / 1_500_000.0, density.Value, 12);      // 0.0133 per m²
        Assert.Equal(Verdict.Plausible, density.Verdict);           // below the review density 0.1
        Assert.Contains("one item every 75 m²", density.Reason, StringComparison.Ordinal);
        Assert.Contains("23.4× the world 2023 average", density.Reason, StringComparison.Ordinal); // 0.01333 / 0.00057
        Assert.Contains("denser than Sri Lanka 2017", density.Reason, StringComparison.Ordinal);

        var rate = a.Figure("area-per-person-day")!;
        Assert.Equal(125, rate.Value, 12);                          // 1,500,000 m² / (200 × 60)
        Assert.Equal(Verdict.Unusual, rate.Verdict);                // above productivity-manual 100, a warning
        Assert.Equal(RuleIds.ProductivityManual, rate.Rule);
        Assert.Contains("2.5× the typical manual rate", rate.Reason, StringComparison.Ordinal);

        var byHand = a.Figure("deminer-days-needed")!;
        Assert.Equal(30_000, byHand.Value, 9);                      // 1,500,000 / 50
        Assert.Equal(Verdict.NotJudged, byHand.Verdict);
        Assert.Contains("150,000 at 10", byHand.Reason, StringComparison.Ordinal);
        Assert.Contains("150 days for 200 deminers", byHand.Reason, StringComparison.Ordinal);
        Assert.Contains("500 deminers to do it in 60 days", byHand.Reason, StringComparison.Ordinal);
        Assert.Contains("12,000 person-days, 40 %", byHand.Reason, StringComparison.Ordinal);

        Assert.Equal(1_500_000 / (60 * 6 * 2_500.0), a.Figure("machines-needed")!.Value, 9); // 1.67: 2 machines at best
        Assert.Contains("with 2 machines at 2,500 m² an hour, 14 at 300", a.Figure("machines-needed")!.Reason, StringComparison.Ordinal);
        Assert.Equal(1_500_000 / (60 * 900.0), a.Figure("dog-pairs-needed")!.Value, 9);     // 27.8: 28 pairs

        var devices = a.Figure("devices-per-person-day")!;
        Assert.Equal(20_000 / 12_000.0, devices.Value, 12);         // 1.67, under 0.1/m² × 50 m²/day = 5
        Assert.Equal(Verdict.Plausible, devices.Verdict);

        Assert.Equal(Verdict.Unusual, a.Overall);
        Assert.Null(a.Figure("casualties-per-100-people"));
        Assert.Contains(a.Notes, n => n.Contains("--killed or --injured", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(3, 7, 5.0, Verdict.Plausible)]     // at the threshold is not above it
    [InlineData(3, 8, 5.5, Verdict.Unusual)]
    [InlineData(0, 0, 0.0, Verdict.Plausible)]
    [InlineData(150, 51, 100.5, Verdict.Implausible)] // more casualties than people
    public void Casualties_per_100_people(int killed, int injured, double per100, Verdict verdict)
    {
        var a = Assess(Example with { Killed = killed, Injured = injured });
        var f = a.Figure("casualties-per-100-people")!;
        Assert.Equal(per100, f.Value, 9);
        Assert.Equal(verdict, f.Verdict);
        Assert.Equal(1000.0 * (killed + injured) / 20_000, a.Figure("casualties-per-1000-devices")!.Value, 12);
        Assert.Equal(Verdict.NotJudged, a.Figure("casualties-per-1000-devices")!.Verdict);
    }

    [Theory]
    [InlineData(10, 20, Verdict.Plausible)]
    [InlineData(4, 50, Verdict.Unusual)]
    [InlineData(300, 0.667, Verdict.Implausible)]
    public void People_per_team(int teams, double perTeam, Verdict verdict)
    {
        var f = Assess(Example with { Teams = teams }).Figure("people-per-team")!;
        Assert.Equal(perTeam, f.Value, 3);
        Assert.Equal(verdict, f.Verdict);
    }

    [Theory]
    [InlineData(2_000_000, 1_000_000, Verdict.Implausible)] // 2 per m²: beyond the densest verified fields
    [InlineData(200_000, 1_000_000, Verdict.Unusual)]      // 0.2 per m² over 100 ha
    [InlineData(500, 2_500, Verdict.Plausible)]            // 0.2 per m² on a quarter hectare: a cluster
    [InlineData(0, 1_000_000, Verdict.Plausible)]
    public void Density_against_the_review_and_reject_thresholds(long devices, double m2, Verdict verdict)
    {
        var f = Assess(new ReportedOperation(Devices: devices, AreaM2: m2)).Figure("eo-density")!;
        Assert.Equal(devices / m2, f.Value, 12);
        Assert.Equal(verdict, f.Verdict);
    }

    [Fact]
    public void Zero_days_or_zero_area_with_work_done_is_implausible()
    {
        var noDays = Assess(Example with { Days = 0 });
        Assert.Equal(Verdict.Implausible, noDays.Figure("area-per-person-day")!.Verdict);
        Assert.Equal(Verdict.Implausible, noDays.Figure("devices-per-person-day")!.Verdict);
        Assert.Null(noDays.Figure("machines-needed"));
        Assert.Contains(noDays.Notes, n => n.Contains("zero days", StringComparison.Ordinal));
        Assert.Equal(Verdict.Implausible, noDays.Overall);

        var noArea = Assess(Example with { AreaM2 = 0 });
        Assert.Equal(Verdict.Implausible, noArea.Figure("eo-density")!.Verdict);
        Assert.Contains("area cannot be zero", noArea.Figure("eo-density")!.Reason, StringComparison.Ordinal);

        var nothing = Assess(new ReportedOperation(Devices: 0, AreaM2: 0));
        Assert.Empty(nothing.Figures);
        Assert.Equal(Verdict.NotJudged, nothing.Overall);
    }

    [Fact]
    public void Missing_figures_leave_their_lines_out_and_say_which_option_is_missing()
    {
        var a = Assess(new ReportedOperation(Devices: 5_000, AreaM2: 1_000_000));
        Assert.NotNull(a.Figure("eo-density"));
        Assert.Null(a.Figure("area-per-person-day"));
        Assert.Contains(a.Notes, n => n.StartsWith("Area per person a day: not assessed", StringComparison.Ordinal) && n.Contains("--days or --people", StringComparison.Ordinal));
        Assert.Equal(Verdict.Plausible, a.Overall);
        Assert.Equal(Verdict.NotJudged, Assess(new ReportedOperation()).Overall);
    }

    [Theory]
    [InlineData(-1L, null, null)]
    [InlineData(null, -1.0, null)]
    [InlineData(null, null, -3)]
    public void Negative_numbers_are_refused(long? devices, double? m2, int? killed)
    {
        var e = Assert.Throws<SafegroundException>(() => Assess(new ReportedOperation(Devices: devices, AreaM2: m2, Killed: killed)));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains("cannot be negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_file_moves_the_verdicts()
    {
        var lenient = ProgrammeRules.Parse("""{ "rules": { "productivity-manual": { "severity": "warning", "threshold": 150 } } }""", "lenient.json");
        Assert.Equal(Verdict.Plausible, ClaimAssessment.Assess(Example, lenient).Overall);
        var strict = ProgrammeRules.Parse("""{ "rules": { "productivity-manual": { "severity": "error", "threshold": 100 } } }""", "strict.json");
        Assert.Equal(Verdict.Implausible, ClaimAssessment.Assess(Example, strict).Overall);
        var off = ProgrammeRules.Parse("""{ "rules": { "productivity-manual": { "severity": "warning", "enabled": false } } }""", "off.json");
        Assert.Equal(Verdict.Plausible, ClaimAssessment.Assess(Example, off).Figure("area-per-person-day")!.Verdict);
    }
}
