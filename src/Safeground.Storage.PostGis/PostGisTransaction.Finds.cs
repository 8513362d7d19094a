using Npgsql;
using NpgsqlTypes;
using Safeground.Core.Projections;
using Safeground.Core.Storage;

namespace Safeground.Storage.PostGis;

// Finds: the one table that grows to millions of rows, so they go in through binary COPY. Consecutive
// AddFinds calls share one COPY, which stays open until another statement needs the connection. In a
// bulk write into an empty finds table the GiST index is dropped and built once at commit (in the same
// transaction: an interrupted load leaves the table and its index as they were).
internal sealed partial class PostGisTransaction
{
    private const string CopyFinds =
        "COPY finds (geom, report_id, idx, hazard_id, organisation_id, region, date, category, model, quantity, condition, depth_cm, disposal) " +
        "FROM STDIN (FORMAT BINARY)";

    private NpgsqlBinaryImporter? _finds;
    private bool _findsIndexDropped;

    public void AddFinds(IEnumerable<FindRecord> finds)
    {
        ArgumentNullException.ThrowIfNull(finds);
        Guard(() =>
        {
            foreach (var f in finds)
            {
                var w = _finds ??= OpenFindsCopy();
                var e = f.Find;
                w.StartRow();
                w.Write(e.Position, NpgsqlDbType.Geometry);
                w.Write(f.ReportId, NpgsqlDbType.Text);
                w.Write(f.Index, NpgsqlDbType.Integer);
                WriteText(w, f.HazardId);
                w.Write(f.OrganisationId, NpgsqlDbType.Text);
                WriteText(w, f.Region);
                w.Write(f.Date, NpgsqlDbType.Date);
                w.Write(StoredNames.Of(e.Category), NpgsqlDbType.Text);
                WriteText(w, e.Model);
                w.Write(e.Quantity, NpgsqlDbType.Integer);
                w.Write(StoredNames.Of(e.Condition), NpgsqlDbType.Text);
                if (e.DepthCm is { } depth) w.Write(depth, NpgsqlDbType.Integer);
                else w.WriteNull();
                w.Write(StoredNames.Of(e.Disposal), NpgsqlDbType.Text);
            }
        }, keepFindsCopy: true);
    }

    private static void WriteText(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) w.WriteNull();
        else w.Write(value, NpgsqlDbType.Text);
    }

    private NpgsqlBinaryImporter OpenFindsCopy()
    {
        if (_mode == WriteMode.Bulk && !_findsIndexDropped && Scalar("SELECT NOT EXISTS (SELECT 1 FROM finds)") is true)
        {
            Run("DROP INDEX finds_geom");
            _findsIndexDropped = true;
        }
        FlushBatch();
        return _c.BeginBinaryImport(CopyFinds);
    }

    /// <summary>Ends the open COPY of finds, if any, so the connection can take other statements.</summary>
    private void FlushFinds()
    {
        if (_finds is not { } w) return;
        _finds = null;
        using (w) w.Complete();
    }

    private void RestoreIndexes()
    {
        if (!_findsIndexDropped) return;
        _findsIndexDropped = false;
        Run("CREATE INDEX finds_geom ON finds USING gist (geom)");
    }
}
