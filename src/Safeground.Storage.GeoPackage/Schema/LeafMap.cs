using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// The leaf node of every id of a packed R-tree, written to its _rowid table in id order (appending
/// to the b-tree, not scattering). Leaves are formed in spatial order, so the pairs are sorted by id
/// first: in memory for a small load, else in sorted runs on disk merged back, so memory stays the
/// same however many ids there are.
/// </summary>
internal sealed class LeafMap(string tempPathPrefix, int runLength) : IDisposable
{
    private const int Batch = 100;

    private readonly ExternalSort<IdNode, long> _pairs = new(tempPathPrefix, runLength, p => p.Id);

    public void Add(long id, long node) => _pairs.Add(new IdNode(id, checked((int)node)));

    // Many rows per statement: a million single-row inserts spend more time in the statement
    // machinery than in the b-tree.
    public void Write(SqliteConnection c, string rtree)
    {
        var values = string.Join(", ", Enumerable.Range(0, Batch).Select(k => FormattableString.Invariant($"(?{2 * k + 1}, ?{2 * k + 2})")));
        using var many = new RawStatement(c, $"INSERT INTO \"{rtree}_rowid\" (rowid, nodeno) VALUES {values}");
        using var one = new RawStatement(c, $"INSERT INTO \"{rtree}_rowid\" (rowid, nodeno) VALUES (?1, ?2)");
        var pending = new IdNode[Batch];
        int count = 0;
        foreach (var pair in _pairs.Sorted())
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

    public void Dispose() => _pairs.Dispose();

    // 12 bytes on disk rather than 16: no padding after the node number.
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct IdNode(long Id, int Node);
}
