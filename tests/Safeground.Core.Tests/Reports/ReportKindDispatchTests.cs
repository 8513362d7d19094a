using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;

namespace Safeground.Core.Tests.Reports;

/// <summary>
/// Every report kind is known everywhere a report is dispatched on its kind: its JSON form, the projector, the
/// validation and the check. A kind one of them has no case for is an error naming it, never silently nothing.
/// </summary>
public class ReportKindDispatchTests
{
    public static TheoryData<ReportKind> Kinds() => new(Enum.GetValues<ReportKind>());

    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A kind a newer Safeground might add, which this one has no case for.</summary>
    private sealed record QualityManagement(string Finding) : ReportBody
    {
        public override ReportKind Kind => (ReportKind)99;

        // What every kind must say of the polygon it claims is abstract on ReportBody: the compiler asks a new kind for it.
        public override NetTopologySuite.Geometries.Geometry? Claimed => null;

        public override string ClaimedField => "body";
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_report_kind_has_one_JSON_form(ReportKind kind)
    {
        var types = typeof(ReportBody).GetCustomAttributes<JsonDerivedTypeAttribute>()
            .Where(a => ((ReportBody)RuntimeHelpers.GetUninitializedObject(a.DerivedType)).Kind == kind).ToList();
        Assert.Single(types);
        Assert.Equal(kind, ReportJson.Deserialize(ReportJson.Serialize(PayloadSamples.Of(kind))).Kind);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_report_kind_has_a_projector_case(ReportKind kind)
    {
        var create = PayloadSamples.Of(ReportKind.NonTechnicalSurvey);
        var report = PayloadSamples.Of(kind) with { HazardId = create.HazardId }; // an EOD spot task too, to reach its case
        var reports = kind == ReportKind.NonTechnicalSurvey ? [create] : new[] { create, report };
        var state = HazardProjector.Replay(create.HazardId!, reports, ProgrammeRules.Default);
        Assert.NotNull(state);
        Assert.Equal(reports.Length, state.ReportCount + state.RuleFlags.Count(f => f.ReportId == report.Id && f.Severity == Severity.Error));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_report_kind_has_a_validation_and_a_check_case(ReportKind kind)
    {
        var report = PayloadSamples.Of(kind);
        Assert.DoesNotContain(ReportValidation.Issues(report, Now), i => i.Severity == Severity.Error);
        Assert.StartsWith("body", ReportCheck.ClaimField(report.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_without_a_case_is_an_error_naming_it_in_the_projector_and_the_validation()
    {
        var create = PayloadSamples.Of(ReportKind.NonTechnicalSurvey);
        var unknown = create with { Id = "R-QM", DateOfInformation = create.DateOfInformation.AddDays(1), Body = new QualityManagement("marking missing") };
        var projector = Assert.Throws<SafegroundException>(() => HazardProjector.Replay(create.HazardId!, [create, unknown], ProgrammeRules.Default));
        Assert.Contains("report kind '99' (QualityManagement)", projector.Message, StringComparison.Ordinal);
        Assert.Contains("R-QM", projector.Message, StringComparison.Ordinal);
        var validation = Assert.Throws<SafegroundException>(() => ReportValidation.Issues(unknown, Now).ToList());
        Assert.Contains("QualityManagement", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_in_a_payload_is_a_read_error_naming_it()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", "Payloads", "1", "handover.json"))
            .Replace("\"kind\":\"handover\"", "\"kind\":\"quality-management\"", StringComparison.Ordinal);
        var e = Record.Exception(() => ReportJson.Deserialize(json));
        Assert.True(e is not null && ReportJsonError.IsReadError(e), e?.ToString());
        Assert.Equal($"body.kind: 'quality-management' is not a report kind (one of {ReportJsonError.Kinds})", ReportJsonError.Describe(e!, out _));
    }
}
