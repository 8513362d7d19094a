using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.Reports;
using Safeground.Core.Rules;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>ReportCheck on each kind of store: every problem of a report by field, and nothing stored.</summary>
public abstract class ReportCheckTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private IReadOnlyList<ReportIssue> Check(Report report) =>
        new ReportCheck(Store, new FixedClock(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero)), Safeground.Core.Rules.StoredProgramme.Of(Store)).Run(report);

    [SkippableFact]
    public void Land_release_breaches_land_on_the_polygon_and_the_date_and_nothing_is_stored()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01), day: 2));
        SubmitAndApprove(R("R-2", "HA-1", 3, new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, Square(37.0, 49.0, 0.005), [], [])));

        var clearing = Check(R("R-3", "HA-1", 5, new ClearanceProgress(Square(37.0, 49.0, 0.005), 30, null, [])));
        var breach = Assert.Single(clearing, i => i.Severity == Severity.Error);
        Assert.Equal("body.areaWorked", breach.Field);
        Assert.Contains("non-technical survey cancelled (report R-2", breach.Message, StringComparison.Ordinal);

        var early = Check(R("R-4", "HA-1", 0, new ClearanceProgress(Square(37.006, 49.006, 0.002), 5, null, [])));
        Assert.Contains(early, i => i.Field == "dateOfInformation" && i.Severity == Severity.Error && i.Message.Contains("before hazard HA-1 was recorded", StringComparison.Ordinal));
        Assert.Null(Store.FindReport("R-3"));
        Assert.Null(Store.FindReport("R-4"));
    }

    [SkippableFact]
    public void A_self_intersecting_polygon_is_a_warning_and_swapped_coordinates_an_error()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        var bowTie = Geo.Factory.CreatePolygon([new(37.001, 49.001), new(37.004, 49.004), new(37.004, 49.001), new(37.001, 49.004), new(37.001, 49.001)]);
        var repaired = Check(R("R-2", "HA-1", 5, new ClearanceProgress(bowTie, 10, null, [])));
        var invalid = Assert.Single(repaired);
        Assert.Equal(("body.areaWorked", Severity.Warning), (invalid.Field, invalid.Severity));
        Assert.Contains("was not a valid polygon", invalid.Message, StringComparison.Ordinal);

        var swapped = (Polygon)Safeground.Core.Spatial.Geo.SwapAxes(Square(37.002, 49.002, 0.003));
        var wrong = Check(R("R-3", "HA-1", 5, new TechnicalSurvey(swapped, false, [])));
        Assert.Contains(wrong, i => i.Field == "body.reduced" && i.Severity == Severity.Error && i.Message.Contains("longitude and latitude swapped", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_find_far_outside_its_hazard_is_a_warning_on_its_position()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        var near = new EoFind(EoCategory.ApMine, "PMN-2", 1, EoCondition.Intact, 5, Geo.Point(37.005, 49.005), Disposal.DestroyedInSitu);
        var issues = Check(R("R-2", "HA-1", 5, new ClearanceProgress(Square(37.0, 49.0, 0.005), 30, null, [near, near with { Position = Geo.Point(37.3, 49.3) }])));
        var outside = Assert.Single(issues);
        Assert.Equal(("body.finds[1].position", Severity.Warning), (outside.Field, outside.Severity));
        Assert.Contains("outside hazard HA-1", outside.Message, StringComparison.Ordinal);
    }
}
