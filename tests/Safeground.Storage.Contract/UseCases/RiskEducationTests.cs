using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Core.Accidents;
using Safeground.Core.People;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.RiskEducation;
using Safeground.Core.Spatial;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>Risk-education sessions through submit, approve, supersede and rebuild: a map layer of counts, on each kind of store.</summary>
public abstract class RiskEducationTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private static Report Session(string id, int day, double lon, double lat, int girls, int men, string? supersedes = null) =>
        R(id, null, day, new RiskEducationSession(Geo.Point(lon, lat), "Kharkivska", EoreMethod.Presentation,
            [new PeopleCount(Gender.Female, AgeBand.Child, false, girls), new PeopleCount(Gender.Male, AgeBand.Adult, true, men)],
            [new MaterialsDistributed("leaflet", 50)], ["HA-1"]), supersedes, supersedes is null ? null : "audience miscounted");

    [SkippableFact]
    public void An_approved_session_is_a_point_of_the_layer_with_its_counts_and_no_hazard_changes()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        var before = Store.FindHazard("HA-1")!;
        Lifecycle.Submit(Session("R-E1", 3, 37.1, 49.1, 12, 3));
        Assert.Empty(Store.RiskEducationSessions()); // submitted only: not on the map yet
        Lifecycle.Approve("R-E1", TestDeciders.DataManager);
        SubmitAndApprove(Session("R-E2", 5, 36.5, 48.5, 4, 0));

        var all = Store.RiskEducationSessions().ToList();
        Assert.Equal(["R-E1", "R-E2"], all.Select(s => s.ReportId));
        Assert.Equal(15, all[0].Session.Beneficiaries);
        Assert.Equal(12, all[0].Count(c => c.Sex == Gender.Female));
        Assert.Equal(3, all[0].Count(c => c.WithDisability));
        Assert.Equal("Kharkivska", all[0].Region);
        Assert.Equal(Day0.AddDays(3), all[0].Date);
        Assert.Equal(before.RemainingM2, Store.FindHazard("HA-1")!.RemainingM2);

        var box = new Envelope(37.0, 37.2, 49.0, 49.2);
        var page = Store.RiskEducationPage(new LayerQuery(Area: box));
        Assert.Equal(1, page.NumberMatched);
        Assert.Equal("R-E1", Assert.Single(page.Features).Id);
        Assert.Equal(2, Store.RiskEducationPage(new LayerQuery()).NumberMatched);
        Assert.Equal("R-E2", Assert.Single(Store.RiskEducationPage(new LayerQuery(FeatureId: "R-E2")).Features).Record.ReportId);

        var tile = Assert.Single(Store.MapFeatures(FeatureLayer.RiskEducation, box));
        Assert.Equal(MapAttributes.Of(all[0]).Attributes, tile.Attributes);
        var extent = Store.Extent(FeatureLayer.RiskEducation);
        Assert.Equal(Day0.AddDays(3), extent.From);
        Assert.Equal(Day0.AddDays(5), extent.To);
        Assert.True(extent.Area!.Contains(36.5, 48.5) && extent.Area.Contains(37.1, 49.1));
    }

    [SkippableFact]
    public void A_correction_replaces_the_session_and_a_rebuild_writes_the_same_rows()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(Session("R-E1", 3, 37.1, 49.1, 12, 3));
        SubmitAndApprove(Session("R-E1b", 3, 37.1, 49.1, 20, 3, supersedes: "R-E1"));
        var after = Assert.Single(Store.RiskEducationSessions());
        Assert.Equal("R-E1b", after.ReportId);
        Assert.Equal(23, after.Session.Beneficiaries);

        ProjectionRebuild.Rebuild(Store, Safeground.Core.Rules.StoredProgramme.Of(Store));
        var rebuilt = Assert.Single(Store.RiskEducationSessions());
        Assert.Equal(after.ReportId, rebuilt.ReportId);
        Assert.Equal(MapAttributes.Of(after).Attributes, MapAttributes.Of(rebuilt).Attributes);
    }

    [SkippableFact]
    public void A_session_nobody_attended_is_refused_and_a_row_for_another_kind_is_refused_by_the_store()
    {
        var e = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(Session("R-E0", 3, 37.1, 49.1, 0, 0)));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains("a session needs at least one person", e.Message, StringComparison.Ordinal);
        Assert.Null(Store.FindReport("R-E0"));

        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        var wrong = RiskEducationRecord.Of(Session("R-HA-1", 3, 37.1, 49.1, 1, 1), null)!;
        using var tx = Store.BeginWrite();
        var refused = Assert.Throws<SafegroundException>(() => tx.PutRiskEducation(wrong));
        Assert.Contains("not a risk-education session", refused.Message, StringComparison.Ordinal);
    }
}
