using System.Text.Json;
using System.Text.Json.Nodes;
using Safeground.Core.Reports;

namespace Safeground.Core.Tests.Reports;

/// <summary>
/// Stored payloads of every version read back as the same records: Reports/Payloads/&lt;version&gt;/&lt;kind&gt;.json
/// holds one report of each kind as each version wrote it (1: the unversioned form stored before versions existed).
/// A new version adds its folder and an upgrade step; the older folders stay as they are, forever.
/// </summary>
public class PayloadVersionTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Reports", "Payloads");

    private static string Wire(ReportKind kind) => ReportJsonError.Kinds.Split(", ")[(int)kind];

    private static string Fixture(int version, ReportKind kind) => File.ReadAllText(Path.Combine(Root, $"{version}", $"{Wire(kind)}.json")).TrimEnd('\n');

    public static TheoryData<int, ReportKind> VersionsAndKinds()
    {
        var data = new TheoryData<int, ReportKind>();
        for (int v = ReportVersions.Unversioned; v <= ReportVersions.Current; v++)
            foreach (var k in Enum.GetValues<ReportKind>()) data.Add(v, k);
        return data;
    }

    [Fact]
    public void Every_report_kind_has_a_fixture_in_every_version()
    {
        var missing = new List<string>();
        for (int v = ReportVersions.Unversioned; v <= ReportVersions.Current; v++)
            foreach (var k in Enum.GetValues<ReportKind>())
                if (!File.Exists(Path.Combine(Root, $"{v}", $"{Wire(k)}.json"))) missing.Add($"{v}/{Wire(k)}.json");
        Assert.True(missing.Count == 0, $"no payload fixture: {string.Join(", ", missing)} (write one from PayloadSamples)");
        Assert.Equal(Enum.GetValues<ReportKind>().Length, ReportJsonError.Kinds.Split(", ").Length);
    }

    [Theory]
    [MemberData(nameof(VersionsAndKinds))]
    public void A_stored_payload_of_every_version_reads_back_as_the_same_report(int version, ReportKind kind)
    {
        var json = Fixture(version, kind);
        Assert.Equal(version > ReportVersions.Unversioned, json.StartsWith($"{{\"v\":{version},", StringComparison.Ordinal));
        var report = ReportJson.Deserialize(json);
        Assert.Equal(kind, report.Kind);
        var expected = PayloadSamples.Of(kind, version);
        Assert.Equal(expected.Id, report.Id);
        Assert.Equal(expected.HazardId, report.HazardId);
        Assert.Equal(expected.DateOfInformation, report.DateOfInformation);
        Assert.Equal(expected.SubmittedAt, report.SubmittedAt);
        Assert.Equal(expected.Body.AllFinds.Count, report.Body.AllFinds.Count);
        switch (report.Body)
        {
            case NonTechnicalSurvey nts:
                Assert.Equal("POLYGON ((37.25 49.2, 37.26 49.2, 37.26 49.21, 37.25 49.21, 37.25 49.2))", nts.Perimeter!.AsText());
                Assert.Equal("PMN-2 seen by the road", Assert.Single(nts.Evidence).Note);
                break;
            case TechnicalSurvey ts:
                Assert.True(ts.ConfirmsCha);
                Assert.Equal(5, ts.Reduced!.Coordinates.Length);
                break;
            case ClearanceProgress cp:
                Assert.Equal(20, cp.DeminerDays);
                Assert.Equal(2, cp.Finds[1].Quantity);
                break;
            case Completion c:
                Assert.Equal(20, c.ClearanceDepthCm);
                break;
            case EodSpotTask eod:
                Assert.Equal("call from the village council", eod.Source);
                break;
            case AccidentReport a:
                Assert.Equal("Deminer A", Assert.Single(a.Victims!).Name);
                Assert.Equal(37.2553, a.Position.X);
                break;
            case Handover h:
                Assert.Equal("Village council of Kamianka", h.ReceivedBy);
                Assert.Equal("HC-2026-001", h.CertificateNumber);
                break;
            case QaVisit qa:
                Assert.Equal(("T-02", 18, 2), (qa.TeamVisited, qa.ItemsPassed, qa.ItemsFailed));
                break;
            case QcSampling qc:
                Assert.Equal(("R-4", 200.0, QcResult.Failed), (qc.ReleaseReportId, qc.SampledM2, qc.Result));
                break;
            case NonConformity nc:
                Assert.Equal((NonConformitySeverity.Major, new DateOnly(2026, 3, 30)), (nc.Severity, nc.Due!.Value));
                break;
            case Reopening ro:
                Assert.Equal(("R-10", 5), (ro.QcReportId, ro.Reopened!.Coordinates.Length));
                break;
            case Safeground.Core.RiskEducation.RiskEducationSession eore:
                Assert.Equal(20, eore.Beneficiaries);
                Assert.Equal("HA-1", Assert.Single(eore.NearHazards!));
                break;
            case CasualtyIncident i:
                Assert.Equal(3, i.InjuredCount);
                Assert.Equal("case 2026/114", i.SourceReference);
                break;
            default:
                throw new Xunit.Sdk.XunitException($"no content assertion for {kind}: add one");
        }
        // A survey before version 3 states no contamination type: it reads as "not stated"; from 3 on, as written.
        var type = report.Body switch { NonTechnicalSurvey n => n.ContaminationType, TechnicalSurvey t => t.ContaminationType, _ => null };
        Assert.Equal(version >= 3 && kind is ReportKind.NonTechnicalSurvey or ReportKind.TechnicalSurvey, type is not null);
        // Read and written again, every version gives the current form: the same text the current fixture holds
        // (the same as the sample of its own version, for a survey that could not state a type yet).
        Assert.Equal(Fixture(ReportVersions.Current, kind), ReportJson.Serialize(PayloadSamples.Of(kind, ReportVersions.Current)));
        Assert.Equal(ReportJson.Serialize(expected), ReportJson.Serialize(report));
        if (type is not null || kind is not (ReportKind.NonTechnicalSurvey or ReportKind.TechnicalSurvey))
            Assert.Equal(Fixture(ReportVersions.Current, kind), ReportJson.Serialize(report));
    }

    [Fact]
    public void The_version_is_written_first_in_every_form()
    {
        var report = PayloadSamples.Of(ReportKind.Handover);
        Assert.StartsWith($"{{\"v\":{ReportVersions.Current},\"id\":", ReportJson.Serialize(report), StringComparison.Ordinal);
        Assert.StartsWith($"{{\"v\":{ReportVersions.Current},", System.Text.Encoding.UTF8.GetString(ReportJson.SerializeToUtf8(report)), StringComparison.Ordinal);
        // in a list too (a sync batch, a kit's fetch)
        Assert.StartsWith($"[{{\"v\":{ReportVersions.Current},", JsonSerializer.Serialize(new List<Report> { report }, ReportJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_from_a_newer_Safeground_is_refused_naming_both_versions()
    {
        var newer = JsonNode.Parse(Fixture(ReportVersions.Current, ReportKind.Completion))!.AsObject();
        newer[ReportVersions.Property] = ReportVersions.Current + 1;
        newer["body"]!["kind"] = "quality-management"; // what a newer version may hold: the version is the error, not the kind
        var e = Assert.Throws<SafegroundException>(() => ReportJson.Deserialize(newer.ToJsonString()));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains($"written by a newer Safeground (payload version {ReportVersions.Current + 1}); this one reads up to {ReportVersions.Current}", e.Message, StringComparison.Ordinal);
        // "v" written by hand at the end, and a report inside a list, are checked as well
        newer.Remove(ReportVersions.Property);
        newer[ReportVersions.Property] = 7;
        Assert.Contains("payload version 7", Assert.Throws<SafegroundException>(() => ReportJson.Deserialize(newer.ToJsonString())).Message, StringComparison.Ordinal);
        Assert.Throws<SafegroundException>(() => JsonSerializer.Deserialize<List<Report>>($"[{newer.ToJsonString()}]", ReportJson.Options));
    }

    [Theory]
    [InlineData("\"two\"")]
    [InlineData("2.5")]
    [InlineData("0")]
    public void A_version_that_is_no_version_is_a_read_error_about_v(string value)
    {
        var json = Fixture(ReportVersions.Unversioned, ReportKind.Handover).Insert(1, $"\"v\":{value},");
        var e = Assert.Throws<SafegroundException>(() => ReportJson.Deserialize(json));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.StartsWith("v: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_upgrade_hook_labels_an_older_payload_with_the_current_version()
    {
        var legacy = JsonNode.Parse(Fixture(ReportVersions.Unversioned, ReportKind.ClearanceProgress))!.AsObject();
        Assert.False(ReportVersions.NeedsUpgrade(ReportVersions.Unversioned)); // 1 → 2 only added "v"
        var upgraded = ReportVersions.Upgrade(legacy, ReportVersions.Unversioned);
        Assert.Equal(ReportVersions.Current, (int)upgraded[ReportVersions.Property]!);
        Assert.Equal(ReportJson.Serialize(ReportJson.Deserialize(upgraded.ToJsonString())), Fixture(ReportVersions.Current, ReportKind.ClearanceProgress));
        Assert.Throws<SafegroundException>(() => ReportVersions.Upgrade(legacy, ReportVersions.Current + 1));
    }
}
