using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract;

// Filtered, paged queries (what the API serves): the same answer as filtering the streams, pages that add up to the total.
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void Report_queries_filter_page_and_count_as_the_stream_does()
    {
        using var store = CreateStore();
        AddApproved(store, ContractData.HazardLife().ToArray());
        var pending = ContractData.Accident("R-PENDING");
        Write(store, tx => tx.AddReport(pending, ContractData.Submitted(pending)));
        var all = store.Reports().ToList();
        var queries = new[]
        {
            new ReportQuery(),
            new ReportQuery(Status: ReportStatus.Approved, Limit: 2),
            new ReportQuery(Status: ReportStatus.Approved, Limit: 2, Offset: 2),
            new ReportQuery(HazardId: ContractData.Hazard),
            new ReportQuery(OrganisationId: "nobody"),
            new ReportQuery(From: all[1].Report.DateOfInformation, To: all[2].Report.DateOfInformation),
        };
        foreach (var q in queries)
        {
            var expected = all.Where(q.Matches).ToList();
            var page = store.QueryReports(q);
            Assert.Equal(expected.Count, page.Total);
            Assert.Equal(expected.Skip(q.Offset).Take(q.Limit).Select(r => r.Report.Id), page.Items.Select(r => r.Report.Id));
        }
    }

    [SkippableFact]
    public void Hazard_queries_filter_by_bbox_and_attributes()
    {
        using var store = CreateStore();
        var state = ContractData.HazardState();
        Write(store, tx => tx.PutHazard(state));
        var box = state.Remaining.IsEmpty ? state.Original.EnvelopeInternal : state.Remaining.EnvelopeInternal;
        Assert.Equal(store.HazardsIntersecting(box).Count(), store.QueryHazards(new HazardQuery(Bbox: box)).Total);
        Assert.Equal(0, store.QueryHazards(new HazardQuery(Bbox: new Envelope(-10, -9, -10, -9))).Total);
        Assert.Equal(1, store.QueryHazards(new HazardQuery(Status: state.Status, Class: state.Class, OrganisationId: state.OrganisationId)).Total);
        Assert.Equal(0, store.QueryHazards(new HazardQuery(Class: state.Class == HazardClass.Sha ? HazardClass.Cha : HazardClass.Sha)).Total);
        Assert.Equal(state.HazardId, Assert.Single(store.QueryHazards(new HazardQuery(Region: state.Region)).Items).HazardId);
    }

    [SkippableFact]
    public void Find_queries_page_through_the_spatial_index()
    {
        using var store = CreateStore();
        Write(store, tx => tx.AddFinds(ContractData.ManyFinds(2_500)), WriteMode.Bulk);
        var box = new Envelope(30.1005, 30.2005, 45.0005, 45.0015); // columns 101..200 of rows 1 only
        var expected = store.Finds().Where(f => box.Contains(f.Find.Position.Coordinate)).ToList();
        Assert.Equal(100, expected.Count);
        var first = store.QueryFinds(new FindQuery(Bbox: box, Limit: 60));
        var second = store.QueryFinds(new FindQuery(Bbox: box, Limit: 60, Offset: 60));
        Assert.Equal(100, first.Total);
        Assert.Equal(expected.Select(f => (f.ReportId, f.Index)), first.Items.Concat(second.Items).Select(f => (f.ReportId, f.Index)));
        Assert.Equal(0, store.QueryFinds(new FindQuery(Category: EoCategory.ApMine)).Total);
        Assert.Equal(2_500, store.QueryFinds(new FindQuery(From: new DateOnly(2024, 1, 1), To: new DateOnly(2024, 1, 1), Limit: 1)).Total);
    }
}
