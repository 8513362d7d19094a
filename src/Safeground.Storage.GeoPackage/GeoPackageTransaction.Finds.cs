using Safeground.Core.Projections;
using Safeground.Storage.GeoPackage.Encoding;
using Safeground.Storage.GeoPackage.Schema;

namespace Safeground.Storage.GeoPackage;

// Finds: the one table that grows to millions of rows, so its insert path avoids per-row work:
// one raw prepared statement, a reused blob buffer, cached UTF-8 enum words, and values that
// repeat from the previous row left bound. In bulk mode the
// R-tree triggers and the secondary indexes are off; the R-tree is packed in one go at commit
// when it starts empty (an import), else fed row by row, and the indexes are rebuilt by one sort.
internal sealed partial class GeoPackageTransaction
{
    private const string InsertFindSql =
        "INSERT INTO finds (geom, report_id, idx, hazard_id, organisation_id, region, date, category, model, quantity, " +
        "condition, depth_cm, disposal) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

    private const string IndexFindSql = "INSERT INTO rtree_finds_geom VALUES (?1, ?2, ?3, ?4, ?5)";

    private const string FindIndexesSql =
        "CREATE UNIQUE INDEX finds_report ON finds (report_id, idx); CREATE INDEX finds_hazard ON finds (hazard_id)";

    private readonly byte[] _pointBlob = new byte[GpkgBlob.PointLength];
    private RawStatement? _insertFind;
    private RawStatement? _indexFind;
    private RTreeBulkLoader? _findsLoader;
    private bool _findsIndexedDirectly;
    private bool _findIndexesDropped;
    private string? _lastDateText;
    private DateOnly _lastDate;

    public void AddFinds(IEnumerable<FindRecord> finds)
    {
        ArgumentNullException.ThrowIfNull(finds);
        Guard(() =>
        {
            bool manualIndex = Indexing("finds");
            if (manualIndex && !_findIndexesDropped)
            {
                Run("DROP INDEX finds_report");
                Run("DROP INDEX finds_hazard");
                _findIndexesDropped = true;
            }
            var loader = manualIndex ? FindsLoader() : null;
            var index = manualIndex && loader is null ? _indexFind ??= new RawStatement(_c, IndexFindSql) : null;
            var insert = _insertFind ??= new RawStatement(_c, InsertFindSql);
            foreach (var f in finds)
            {
                var find = f.Find;
                double x = find.Position.X, y = find.Position.Y;
                GpkgBlob.WritePoint(_pointBlob, x, y);
                insert.Blob(1, _pointBlob);
                insert.SameText(2, f.ReportId);
                insert.Int(3, f.Index);
                insert.SameText(4, f.HazardId);
                insert.SameText(5, f.OrganisationId);
                insert.SameText(6, f.Region);
                insert.SameText(7, DateText(f.Date));
                insert.SameUtf8(8, Names.Utf8Of(find.Category));
                insert.SameText(9, find.Model);
                insert.SameInt(10, find.Quantity);
                insert.SameUtf8(11, Names.Utf8Of(find.Condition));
                insert.SameInt(12, find.DepthCm);
                insert.SameUtf8(13, Names.Utf8Of(find.Disposal));
                insert.Run();
                if (loader is not null) loader.Add(insert.LastRowId, x, x, y, y);
                else if (index is not null) IndexPoint(index, insert.LastRowId, x, y);
            }
        });
    }

    private static void IndexPoint(RawStatement index, long fid, double x, double y)
    {
        index.Int64(1, fid);
        index.Double(2, x);
        index.Double(3, x);
        index.Double(4, y);
        index.Double(5, y);
        index.Run();
    }

    private RTreeBulkLoader? FindsLoader()
    {
        if (_findsLoader is not null || _findsIndexedDirectly) return _findsLoader;
        if (Scalar("SELECT 1 FROM rtree_finds_geom_rowid LIMIT 1") is null) return _findsLoader = new RTreeBulkLoader();
        _findsIndexedDirectly = true;
        return null;
    }

    /// <summary>Brings the finds indexes up to date: before anything else reads or deletes finds, and at commit.</summary>
    private void FlushFindsIndex()
    {
        if (_findIndexesDropped)
        {
            Sql.Exec(_c, _tx, FindIndexesSql);
            _findIndexesDropped = false;
        }
        if (_findsLoader is null) return;
        _findsLoader.Write(_c, _tx, "rtree_finds_geom");
        _findsLoader = null;
        _findsIndexedDirectly = true;
    }

    private void DisposeFindStatements()
    {
        _insertFind?.Dispose();
        _indexFind?.Dispose();
        _insertReport?.Dispose();
        _insertFind = _indexFind = null;
        _insertReport = null;
    }

    // Finds of one report share a date: format it once per run of equal dates.
    private string DateText(DateOnly date)
    {
        if (_lastDateText is null || date != _lastDate)
        {
            _lastDate = date;
            _lastDateText = IsoTime.Date(date);
        }
        return _lastDateText;
    }
}
