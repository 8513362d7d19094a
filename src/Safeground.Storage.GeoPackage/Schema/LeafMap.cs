using Microsoft.Data.Sqlite;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// The leaf node of every id of a packed R-tree, written to its _rowid table in id order.
/// Dense ids (a load's new fids: consecutive) go into an array indexed by id, 4 bytes each;
/// sparse ones into id/node pairs sorted at the end.
/// </summary>
internal sealed class LeafMap
{
    private const int Batch = 100;

    private readonly long _minId;
    private readonly int[]? _dense;
    private readonly long[]? _ids;
    private readonly int[]? _nodes;
    private int _count;

    public LeafMap(long minId, long maxId, int count)
    {
        _minId = minId;
        if (maxId - minId < 2L * count) _dense = new int[maxId - minId + 1];
        else
        {
            _ids = new long[count];
            _nodes = new int[count];
        }
    }

    public void Add(long id, long node)
    {
        if (_dense is not null) _dense[id - _minId] = checked((int)node);
        else
        {
            _ids![_count] = id;
            _nodes![_count++] = checked((int)node);
        }
    }

    // Many rows per statement: a million single-row inserts spend more time in the statement
    // machinery than in the b-tree.
    public void Write(SqliteConnection c, string rtree)
    {
        var values = string.Join(", ", Enumerable.Range(0, Batch).Select(k => FormattableString.Invariant($"(?{2 * k + 1}, ?{2 * k + 2})")));
        using var many = new RawStatement(c, $"INSERT INTO \"{rtree}_rowid\" (rowid, nodeno) VALUES {values}");
        using var one = new RawStatement(c, $"INSERT INTO \"{rtree}_rowid\" (rowid, nodeno) VALUES (?1, ?2)");
        var pendingIds = new long[Batch];
        var pendingNodes = new int[Batch];
        int pending = 0;
        foreach (var (id, node) in InIdOrder())
        {
            pendingIds[pending] = id;
            pendingNodes[pending++] = node;
            if (pending < Batch) continue;
            for (int k = 0; k < Batch; k++)
            {
                many.Int64(2 * k + 1, pendingIds[k]);
                many.Int64(2 * k + 2, pendingNodes[k]);
            }
            many.Run();
            pending = 0;
        }
        for (int k = 0; k < pending; k++)
        {
            one.Int64(1, pendingIds[k]);
            one.Int64(2, pendingNodes[k]);
            one.Run();
        }
    }

    private IEnumerable<(long Id, int Node)> InIdOrder()
    {
        if (_dense is not null)
        {
            for (int i = 0; i < _dense.Length; i++)
                if (_dense[i] != 0) yield return (_minId + i, _dense[i]); // node 0 does not exist: a gap
            yield break;
        }
        Array.Sort(_ids!, _nodes!, 0, _count);
        for (int i = 0; i < _count; i++) yield return (_ids![i], _nodes![i]);
    }
}
