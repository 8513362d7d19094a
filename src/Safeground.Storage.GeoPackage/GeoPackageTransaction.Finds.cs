using Safeground.Core.Projections;
using Safeground.Storage.GeoPackage.Encoding;
using Safeground.Storage.GeoPackage.Schema;

namespace Safeground.Storage.GeoPackage;

// Finds: the one table that grows to millions of rows, so its insert path avoids per-row work:
// one raw prepared statement, a reused blob buffer, cached UTF-8 enum words, and values that
// repeat from the previous row left bound. In bulk mode the
// R-tree triggers are off; the R-tree is packed in one go at commit when it starts empty (an
// import), else fed row by row. The secondary indexes stay live: (report_id, idx) receives rows in
// key order, and finds_hazard is partial (imported finds mostly have no hazard), so dropping and
// rebuilding it would cost a scan of every row for an index that is nearly empty.
internal sealed partial class GeoPackageTransaction
{
    private const string InsertFindSql =
        "INSERT INTO finds (geom, report_id, idx, hazard_id, organisation_id, region, date, category, model, quantity, " +
        "condition, depth_cm, disposal) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

    private const int FindColumns = 13;

    // Rows per multi-row INSERT: finds has AUTOINCREMENT, whose sqlite_sequence read and write happen
    // once per statement, and each step has its own fixed cost; 50 rows share them. Divides 1,000
    // (the finds of an import report), so an import never takes the row-by-row path for leftovers.
    private const int FindsPerStatement = 50;

    private static readonly string InsertFindsSql =
        "INSERT INTO finds (geom, report_id, idx, hazard_id, organisation_id, region, date, category, model, quantity, " +
        "condition, depth_cm, disposal) VALUES " +
        string.Join(", ", Enumerable.Range(0, FindsPerStatement).Select(r =>
            "(" + string.Join(", ", Enumerable.Range(r * FindColumns + 1, FindColumns).Select(i => "?" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")"));

    private const string IndexFindSql = "INSERT INTO rtree_finds_geom VALUES (?1, ?2, ?3, ?4, ?5)";

    private readonly byte[] _pointBlob = new byte[GpkgBlob.PointLength];
    private readonly FindRecord[] _pendingFinds = new FindRecord[FindsPerStatement];
    private RawStatement? _insertFind;
    private RawStatement? _insertFinds;
    private RawStatement? _indexFind;
    private RTreeBulkLoader? _findsLoader;
    private bool _findsIndexedDirectly;
    private string? _lastDateText;
    private DateOnly _lastDate;

    public void AddFinds(IEnumerable<FindRecord> finds)
    {
        ArgumentNullException.ThrowIfNull(finds);
        Guard(() =>
        {
            bool manualIndex = Indexing("finds");
            var loader = manualIndex ? FindsLoader() : null;
            var index = manualIndex && loader is null ? _indexFind ??= new RawStatement(_c, IndexFindSql) : null;
            int pending = 0;
            foreach (var f in finds)
            {
                _pendingFinds[pending++] = f;
                if (pending < FindsPerStatement) continue;
                var batch = _insertFinds ??= new RawStatement(_c, InsertFindsSql);
                for (int k = 0; k < pending; k++) BindFind(batch, k * FindColumns, _pendingFinds[k]);
                batch.Run();
                // AUTOINCREMENT gives the rows of one statement consecutive fids, in VALUES order.
                long first = batch.LastRowId - pending + 1;
                for (int k = 0; k < pending; k++) IndexFind(loader, index, first + k, _pendingFinds[k]);
                pending = 0;
            }
            var insert = _insertFind ??= new RawStatement(_c, InsertFindSql);
            for (int k = 0; k < pending; k++)
            {
                BindFind(insert, 0, _pendingFinds[k]);
                insert.Run();
                IndexFind(loader, index, insert.LastRowId, _pendingFinds[k]);
            }
            Array.Clear(_pendingFinds);
        });
    }

    private void BindFind(RawStatement insert, int at, FindRecord f)
    {
        var find = f.Find;
        GpkgBlob.WritePoint(_pointBlob, find.Position.X, find.Position.Y);
        insert.Blob(at + 1, _pointBlob);
        insert.SameText(at + 2, f.ReportId);
        insert.Int(at + 3, f.Index);
        insert.SameText(at + 4, f.HazardId);
        insert.SameText(at + 5, f.OrganisationId);
        insert.SameText(at + 6, f.Region);
        insert.SameText(at + 7, DateText(f.Date));
        insert.SameUtf8(at + 8, Names.Utf8Of(find.Category));
        insert.SameText(at + 9, find.Model);
        insert.SameInt(at + 10, find.Quantity);
        insert.SameUtf8(at + 11, Names.Utf8Of(find.Condition));
        insert.SameInt(at + 12, find.DepthCm);
        insert.SameUtf8(at + 13, Names.Utf8Of(find.Disposal));
    }

    private static void IndexFind(RTreeBulkLoader? loader, RawStatement? index, long fid, FindRecord f)
    {
        double x = f.Find.Position.X, y = f.Find.Position.Y;
        if (loader is not null) loader.Add(fid, x, x, y, y);
        else if (index is not null) IndexPoint(index, fid, x, y);
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
        if (Scalar("SELECT 1 FROM rtree_finds_geom_rowid LIMIT 1") is null) return _findsLoader = new RTreeBulkLoader(Location, _store.RTreeRunCells);
        _findsIndexedDirectly = true;
        return null;
    }

    /// <summary>Brings the finds R-tree up to date: before anything else reads or deletes finds, and at commit.</summary>
    private void FlushFindsIndex()
    {
        if (_findsLoader is null) return;
        try
        {
            _findsLoader.Write(_c, _tx, "rtree_finds_geom");
        }
        finally
        {
            DisposeFindsLoader();
        }
        _findsIndexedDirectly = true;
    }

    /// <summary>Drops the pending pack and its temporary files (at the end of the transaction, whatever the outcome).</summary>
    private void DisposeFindsLoader()
    {
        _findsLoader?.Dispose();
        _findsLoader = null;
    }

    private void DisposeFindStatements()
    {
        _insertFind?.Dispose();
        _insertFinds?.Dispose();
        _indexFind?.Dispose();
        _insertReport?.Dispose();
        _insertFind = _insertFinds = _indexFind = null;
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
