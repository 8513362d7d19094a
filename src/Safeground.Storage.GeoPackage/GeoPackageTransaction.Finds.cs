using Microsoft.Data.Sqlite;
using Safeground.Core.Projections;
using Safeground.Storage.GeoPackage.Encoding;
using Safeground.Storage.GeoPackage.Schema;

namespace Safeground.Storage.GeoPackage;

// Finds: the one table that grows to millions of rows, so its insert path avoids per-row work:
// prepared commands with parameters bound by position and one reused blob buffer. In bulk mode the
// R-tree triggers are off and the index is fed from the coordinates: packed in one go at commit when
// the index starts empty (an import), else inserted row by row.
internal sealed partial class GeoPackageTransaction
{
    private const string InsertFindSql =
        "INSERT INTO finds (geom, report_id, idx, hazard_id, organisation_id, region, date, category, model, quantity, " +
        "condition, depth_cm, disposal) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";

    private const string IndexFindSql = "INSERT INTO rtree_finds_geom VALUES ($1, $2, $3, $4, $5)";

    private readonly byte[] _pointBlob = new byte[GpkgBlob.PointLength];
    private string? _lastDateText;
    private DateOnly _lastDate;
    private RTreeBulkLoader? _findsLoader;
    private bool _findsIndexedDirectly;

    public void AddFinds(IEnumerable<FindRecord> finds)
    {
        ArgumentNullException.ThrowIfNull(finds);
        Guard(() =>
        {
            bool manualIndex = Indexing("finds");
            var insert = Command(InsertFindSql, 13);
            var loader = manualIndex ? FindsLoader() : null;
            var index = manualIndex && loader is null ? Command(IndexFindSql, 5) : null;
            var p = insert.Parameters;
            foreach (var f in finds)
            {
                var find = f.Find;
                double x = find.Position.X, y = find.Position.Y;
                GpkgBlob.WritePoint(_pointBlob, x, y);
                p[0].Value = _pointBlob;
                p[1].Value = f.ReportId;
                p[2].Value = f.Index;
                p[3].Value = (object?)f.HazardId ?? DBNull.Value;
                p[4].Value = f.OrganisationId;
                p[5].Value = (object?)f.Region ?? DBNull.Value;
                p[6].Value = DateText(f.Date);
                p[7].Value = Names.Of(find.Category);
                p[8].Value = (object?)find.Model ?? DBNull.Value;
                p[9].Value = find.Quantity;
                p[10].Value = Names.Of(find.Condition);
                p[11].Value = find.DepthCm is { } d ? d : DBNull.Value;
                p[12].Value = Names.Of(find.Disposal);
                insert.ExecuteNonQuery();
                if (loader is not null) loader.Add(LastRowId(), x, x, y, y);
                else if (index is not null) IndexPoint(index, LastRowId(), x, y);
            }
        });
    }

    private RTreeBulkLoader? FindsLoader()
    {
        if (_findsLoader is not null || _findsIndexedDirectly) return _findsLoader;
        if (Scalar("SELECT 1 FROM rtree_finds_geom_rowid LIMIT 1") is null) return _findsLoader = new RTreeBulkLoader();
        _findsIndexedDirectly = true;
        return null;
    }

    /// <summary>Writes the packed index now: before anything else reads or changes rtree_finds_geom, and at commit.</summary>
    private void FlushFindsIndex()
    {
        if (_findsLoader is null) return;
        _findsLoader.Write(_c, _tx, "rtree_finds_geom");
        _findsLoader = null;
        _findsIndexedDirectly = true;
    }

    private static void IndexPoint(SqliteCommand index, long fid, double x, double y)
    {
        var p = index.Parameters;
        p[0].Value = fid;
        p[1].Value = x;
        p[2].Value = x;
        p[3].Value = y;
        p[4].Value = y;
        index.ExecuteNonQuery();
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
