using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Projections;

/// <summary>
/// An error flag never changes the ledger: a report that breaks an error rule leaves the hazard exactly as it
/// was before it (areas to the m², status, class, depth, handover, counts); only the flag is recorded.
/// </summary>
public class ErrorFlagTests
{
    private static readonly NetTopologySuite.Geometries.Polygon Field = Square(37.25, 49.2, 400); // ≈ 16 ha
    private static readonly NetTopologySuite.Geometries.Polygon West = Square(37.25, 49.2, 200);

    public static TheoryData<string> Rules() =>
    [
        RuleIds.ClearingCancelledLand, RuleIds.CompletionLeavesArea, RuleIds.ReleaseOnClosedHazard,
        RuleIds.HandoverBeforeClosed, RuleIds.ReportBeforeHazard, RuleIds.HazardExists,
    ];

    // The reports before the illegal one, and the illegal one (with finds, where it can carry them, so the counts could move).
    private static (Report[] Before, Report Bad) Case(string rule) => rule switch
    {
        RuleIds.ClearingCancelledLand => (
            [Create("HA-1", Field), Cancel("HA-1", West, 2, "R-2")],
            Clear("HA-1", West, 5, "R-BAD", Find(37.2505, 49.2005))),
        RuleIds.CompletionLeavesArea => (
            [Create("HA-1", Field), Clear("HA-1", West, 2, "R-2")],
            Make("R-BAD", "HA-1", 5, new Completion(Square(37.2528, 49.2, 100), 30, [Find(37.2529, 49.2005, EoCategory.AtMine)]))),
        RuleIds.ReleaseOnClosedHazard => (
            [Create("HA-1", Field), Complete("HA-1", Field, 5, "R-2")],
            Clear("HA-1", West, 6, "R-BAD", Find(37.2505, 49.2005))),
        RuleIds.HandoverBeforeClosed => (
            [Create("HA-1", Field), Clear("HA-1", West, 2, "R-2")],
            Make("R-BAD", "HA-1", 9, new Handover("Village council of Kamianka", "agriculture", "HC-2026-001"))),
        RuleIds.ReportBeforeHazard => (
            [Create("HA-1", Field, 3), Reduce("HA-1", West, 4, "R-2")],
            Clear("HA-1", Field, 1, "R-BAD", Find(37.2505, 49.2005))),
        RuleIds.HazardExists => (
            [Create("HA-1", Field), Clear("HA-1", West, 2, "R-2")],
            Create("HA-1", Square(37.3, 49.2, 100), 4, "R-BAD")),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_report_with_an_error_flag_leaves_the_ledger_as_it_was(string rule)
    {
        var (before, bad) = Case(rule);
        var without = HazardProjector.Replay("HA-1", before, ProgrammeRules.Default)!;
        var with = HazardProjector.Replay("HA-1", [.. before, bad], ProgrammeRules.Default)!;

        AssertSameLedger(without, with);
        var flag = Assert.Single(with.RuleFlags, f => f.ReportId == "R-BAD");
        Assert.Equal(rule, flag.RuleId);
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.EndsWith("it was not applied", flag.Message, StringComparison.Ordinal);
        Assert.InRange(with.CancelledM2 + with.ReducedM2 + with.ClearedM2 + with.RemainingM2 - with.OriginalM2, -0.01, 0.01);
        Assert.DoesNotContain(with.Releases, r => r.ReportId == "R-BAD");
        // The hazard's history (timeline) has no step for it either.
        Assert.DoesNotContain(HazardProjector.History("HA-1", [.. before, bad], ProgrammeRules.Default), step => step.Report.Id == "R-BAD");
    }

    [Fact]
    public void A_report_after_a_refused_one_is_held_against_the_ledger_without_it()
    {
        // R-3 would clear three quarters of the field, one of them cancelled by R-2: refused. Counted, it would
        // have left only the north-east quarter, which completion R-4 clears; without it, R-4 would close the
        // hazard with half of it still hazardous: refused too, and the hazard is exactly as the survey left it.
        var env = Field.EnvelopeInternal;
        var northEast = Square((env.MinX + env.MaxX) / 2, (env.MinY + env.MaxY) / 2, 200);
        var reports = new[]
        {
            Create("HA-1", Field), Cancel("HA-1", West, 2, "R-2"),
            Clear("HA-1", Core.Spatial.Polygons.Difference(Field, northEast), 4, "R-3"), Complete("HA-1", northEast, 6, "R-4"),
        };
        var s = HazardProjector.Replay("HA-1", reports, ProgrammeRules.Default)!;
        Assert.Equal(RuleIds.ClearingCancelledLand, Assert.Single(s.RuleFlags, f => f.ReportId == "R-3").RuleId);
        Assert.Equal(RuleIds.CompletionLeavesArea, Assert.Single(s.RuleFlags, f => f.ReportId == "R-4").RuleId);
        AssertSameLedger(HazardProjector.Replay("HA-1", reports.Take(2), ProgrammeRules.Default)!, s);
        Assert.Equal(HazardStatus.Open, s.Status);
    }

    [Fact]
    public void A_programme_that_makes_a_rule_an_error_stops_its_reports_from_counting()
    {
        var outside = Square(37.2545, 49.2, 400); // 82 % of the claim lies beyond the field
        var reports = new[] { Create("HA-1", Field), Clear("HA-1", outside, 5, "R-BAD") };
        Assert.True(HazardProjector.Replay("HA-1", reports, ProgrammeRules.Default)!.ClearedM2 > 1000); // a warning: clipped and counted

        var strict = ProgrammeRules.Parse("""{ "rules": { "release-outside-hazard": { "severity": "error" } } }""", "strict.json");
        var s = HazardProjector.Replay("HA-1", reports, strict)!;
        AssertSameLedger(HazardProjector.Replay("HA-1", reports.Take(1), strict)!, s);
        Assert.Equal(RuleIds.ReleaseOutsideHazard, Assert.Single(s.RuleFlags).RuleId);
    }

    private static void AssertSameLedger(HazardState expected, HazardState actual)
    {
        Assert.Equal(expected.OriginalM2, actual.OriginalM2);
        Assert.Equal(expected.CancelledM2, actual.CancelledM2);
        Assert.Equal(expected.ReducedM2, actual.ReducedM2);
        Assert.Equal(expected.ClearedM2, actual.ClearedM2);
        Assert.Equal(expected.RemainingM2, actual.RemainingM2);
        Assert.True(expected.Remaining.EqualsExact(actual.Remaining), "the remaining polygon changed");
        Assert.True(expected.Original.EqualsExact(actual.Original), "the perimeter changed");
        Assert.Equal(expected.Releases.Select(r => (r.ReportId, r.Method, r.AreaM2)), actual.Releases.Select(r => (r.ReportId, r.Method, r.AreaM2)));
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Class, actual.Class);
        Assert.Equal(expected.ClearanceDepthCm, actual.ClearanceDepthCm);
        Assert.Equal(expected.HandedOverTo, actual.HandedOverTo);
        Assert.Equal(expected.HandedOverOn, actual.HandedOverOn);
        Assert.Equal(expected.FindCount, actual.FindCount);
        Assert.Equal(expected.AccidentCount, actual.AccidentCount);
        Assert.Equal(expected.ReportCount, actual.ReportCount);
        Assert.Equal(expected.LastReportId, actual.LastReportId);
        Assert.Equal(expected.LastReportOn, actual.LastReportOn);
        Assert.Equal(expected.Evidence.Count, actual.Evidence.Count);
        Assert.Equal(expected.SuspectedCategories, actual.SuspectedCategories);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Region, actual.Region);
    }
}
