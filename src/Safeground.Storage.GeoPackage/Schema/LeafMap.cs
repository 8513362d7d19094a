using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// The leaf node of every id of a packed R-tree, written to its _rowid table in id order (appending
/// to the b-tree, not scattering). Leaves are formed in spatial order, so the ids arrive scattered.
/// The ids of a load are nearly always dense (a table's new fids, consecutive): then the node of
/// each id sits in an array indexed by id, 4 bytes a find and no sort (4 MB per million finds).
/// Sparse ids are sorted instead, in memory for a small load, else in sorted runs on disk merged back.
/// </summary>
internal sealed class LeafMap : IDisposable
{
    private const int Batch = 100;

    /// <summary>Above this many ids the array would outgrow what the import otherwise holds (64 MB): sort on disk.</summary>
    private const long MaxDense = 16_000_000;

    private readonly long _minId;
    private readonly int[]? _dense;
    private readonly ExternalSort<IdNode, long>? _pairs;

    public LeafMap(string tempPathPrefix, int runLength, long minId, long maxId, long count)
    {
        _minId = minId;
        long range = maxId - minId + 1;
        if (count > 0 && range <= 2 * count && range <= MaxDense) _dense = new int[range];
        else _pairs = new ExternalSort<IdNode, long>(tempPathPrefix, runLength, p => p.Id);
    }

    public void Add(long id, long node)
    {
        if (_dense is not null) _dense[id - _minId] = checked((int)node);
        else _pairs!.Add(new IdNode(id, checked((int)node)));
    }

    private IEnumerable<IdNode> InIdOrder()
    {
        if (_pairs is not null)
        {
            foreach (var p in _pairs.Sorted()) yield return p;
            yield break;
        }
        for (int i = 0; i < _dense!.Length; i++)
            if (_dense[i] != 0) yield return new IdNode(_minId + i, _dense[i]); // node 0 does not exist: a gap in the ids
    }

    // Many rows per statement: a million single-row inserts spend more time in the statement
    // machinery than in the b-tree.
    public void Write(SqliteConnection c, string rtree)
    {
        var values = string.Join(", ", Enumerable.Range(0, Batch).Select(k => FormattableString.Invariant($"(?{2 * k + 1}, ?{2 * k + 2})")));
        using var many = new RawStatement(c, $"INSERT INTO \"{rtree}_rowid\" (rowid, nodeno) VALUES {values}");
        using var one = new RawStatement(c, $"INSERT INTO \"{rtree}_rowid\" (rowid, nodeno) VALUES (?1, ?2)");
        var pending = new IdNode[Batch];
        int count = 0;
        foreach (var pair in InIdOrder())
        {
            pending[count++] = pair;
            if (count < Batch) continue;
            for (int k = 0; k < Batch; k++)
            {
                many.Int64(2 * k + 1, pending[k].Id);
                many.Int64(2 * k + 2, pending[k].Node);
            }
            many.Run();
            count = 0;
        }
        for (int k = 0; k < count; k++)
        {
            one.Int64(1, pending[k].Id);
            one.Int64(2, pending[k].Node);
            one.Run();
        }
    }

    public void Dispose() => _pairs?.Dispose();

    // 12 bytes on disk rather than 16: no padding after the node number.
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct IdNode(long Id, int Node);
}
