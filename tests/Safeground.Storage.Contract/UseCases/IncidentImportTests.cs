using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Core.Accidents;
using Safeground.Core.Casualties;
using Safeground.Core.Hazards;
using Safeground.Core.Import;
using Safeground.Core.People;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Spatial;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// Civilian casualty incidents imported from an exchange file (<see cref="IncidentImport"/>): each feature kept or refused
/// naming it, a file without dates refused feature by feature unless one day is given for all, placed in the hazard that
/// holds it, casualties as counts; a second import writes nothing.
/// </summary>
public abstract class IncidentImportTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);

    protected IncidentImportTests()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
    }

    private static string Day(int day) => Day0.AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Point At(double lon, double lat) => Geo.Factory.CreatePoint(new Coordinate(lon, lat));

    private static SourceFeature F(int index, Geometry? geometry, params (string Key, string Value)[] properties) =>
        new(index, $"feature {index}", geometry, properties.ToDictionary(p => p.Key, p => (string?)p.Value));

    private static List<SourceFeature> File() =>
    [
        F(0, At(37.005, 49.005), ("date", Day(10)), ("killed", "1"), ("injured", "2"), ("activity", "Ploughing"), ("fileId", "2585-III")),
        F(1, At(37.5, 49.5), ("fileId", "2585-III")),                                   // no date of its own
        F(2, At(37.005, 49.005), ("date", Day(10)), ("killed", "1"), ("fileId", "2585-III")), // the same place and reference again
        F(3, At(37.6, 49.6), ("date", Day(11)), ("activity", "dancing")),
        F(4, Square(37.0, 49.0, 0.001), ("date", Day(11))),
        F(5, At(37.7, 49.7), ("date", Day(11)), ("injured", "many")),
        F(6, At(37.8, 49.8), ("date", Day(12)), ("source", "regional police"), ("activity", "collecting scrap"), ("injured", "3.0")),
    ];

    private ImportSummary Import(IEnumerable<SourceFeature> features, DateOnly? dateForAll = null) =>
        new IncidentImport(Store, new FixedClock(Now), StoredProgramme.Of(Store), dateForAll).Run(features,
            new ImportOptions("incidents.geojson", "incidents", "ORG-A", "admin", Day0, Now, new FieldMapping()));

    private string Snapshot() =>
        string.Join("\n", Store.Hazards().Select(h => $"{h.HazardId} {h.Evidence.Count} {h.Class} {h.RemainingM2:F3}"))
        + "\n" + string.Join(",", Store.Reports().Select(r => $"{r.Report.Id}:{r.Status}"));

    [SkippableFact]
    public void Every_feature_is_kept_or_refused_naming_it()
    {
        var s = Import(File());
        Assert.Equal(7, s.Read);
        Assert.Equal(2, s.Kept);
        Assert.Equal(5, s.Rejected);
        Assert.Equal(1, s.InHazards);
        Assert.Equal(2, s.Reports);
        string Reason(int feature) => s.Issues.Single(i => i.Where == $"feature {feature}").Message;
        Assert.Equal("no date (a field date or incident_date), and no --date for the whole file", Reason(1));
        Assert.StartsWith("the same incident as feature 0 (report INC-", Reason(2), StringComparison.Ordinal);
        Assert.StartsWith("activity 'dancing' is not one of farming, herding", Reason(3), StringComparison.Ordinal);
        Assert.Equal("a Polygon is not an incident's position (a Point is needed)", Reason(4));
        Assert.StartsWith("injured 'many' is not a number of people", Reason(5), StringComparison.Ordinal);

        var incidents = Store.Reports().Where(r => r.Report.Body is CasualtyIncident).ToDictionary(r => r.Report.HazardId ?? "-", r => r);
        var inHazard = incidents["HA-1"];
        Assert.Equal(ReportStatus.Approved, inHazard.Status);
        var body = (CasualtyIncident)inHazard.Report.Body;
        Assert.Equal((Day0.AddDays(10), CasualtyActivity.Farming, "2585-III", "incidents.geojson"), (body.OccurredOn, body.Activity, body.SourceReference, body.Source));
        Assert.Equal([new PeopleCount(Gender.Unknown, AgeBand.Unknown, false, 1)], body.Killed);
        Assert.Equal(2, body.InjuredCount);
        Assert.Contains(Store.FindHazard("HA-1")!.Evidence, e => e.Type == EvidenceType.Accident && e.Note == inHazard.Report.Id);
        var outside = (CasualtyIncident)incidents["-"].Report.Body;
        Assert.Equal(("regional police", CasualtyActivity.CollectingScrap, 3, 0), (outside.Source, outside.Activity, outside.InjuredCount, outside.KilledCount));
    }

    [SkippableFact]
    public void A_file_without_dates_takes_the_day_given_for_it_and_a_second_import_writes_nothing()
    {
        var undated = new List<SourceFeature> { File()[1], File()[0] };
        var s = Import(undated, Day0.AddDays(20));
        Assert.Equal((2, 0), (s.Kept, s.Rejected));
        var dated = Store.Reports().Select(r => r.Report.Body).OfType<CasualtyIncident>().Select(i => i.OccurredOn).Order().ToList();
        Assert.Equal([Day0.AddDays(10), Day0.AddDays(20)], dated); // a date of its own wins

        var before = Snapshot();
        var again = Import(undated, Day0.AddDays(20));
        Assert.Equal((0, 2, 0L), (again.Kept, again.AlreadyImported, again.Reports));
        Assert.Equal(before, Snapshot());
        // Another day for the same file is not the same incidents: refused by id, never a second copy.
        var other = Import(undated, Day0.AddDays(21));
        Assert.Equal(1, other.Rejected);
        Assert.Contains("already used by another report", other.Issues.Single().Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [SkippableFact]
    public void An_incident_older_than_the_hazard_that_holds_it_is_kept_beside_it_not_held_back()
    {
        // An old incident map imported beside today's survey: the incident came first, often the reason for the survey.
        var s = Import([F(0, At(37.005, 49.005), ("date", Day(-30)), ("killed", "1"))]);
        Assert.Equal((1, 0, 0, 0), (s.Kept, s.InHazards, s.HeldBack, s.Rejected));
        var note = s.Issues.Single();
        Assert.Equal((TriageOutcome.Kept, "feature 0"), (note.Outcome, note.Where));
        Assert.StartsWith("lies in hazard HA-1, recorded on ", note.Message, StringComparison.Ordinal);
        var incident = Store.Reports().Single(r => r.Report.Body is CasualtyIncident);
        Assert.Equal((ReportStatus.Approved, (string?)null), (incident.Status, incident.Report.HazardId));
        Assert.DoesNotContain(Store.FindHazard("HA-1")!.Evidence, e => e.Note == incident.Report.Id);
    }
}
