using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Builds a whole SQLite R-tree at once (Sort-Tile-Recursive packing) and writes its shadow tables
/// (_node, _parent, _rowid) directly. Inserting a million rows one by one through the rtree module
/// costs more than inserting the features themselves; packing them costs a sort.
/// </summary>
/// <remarks>
/// Only for an index that is empty when the load starts. The node format is SQLite's (rtree.c):
/// big-endian; a node is a 2-byte depth (root only), a 2-byte cell count, then cells of an 8-byte
/// id and four float32 coordinates (minx, maxx, miny, maxy), rounded outwards exactly as rtree.c does.
/// The node size is read from the existing empty root, so the tree matches what rtree.c would read.
/// </remarks>
internal sealed class RTreeBulkLoader
{
    private const int CellSize = 8 + 4 * 4;
    private const int MaxCells = 51; // RTREE_MAXCELLS in rtree.c

    private Cell[] _cells = new Cell[1024];
    private int _count;
    private long _minId = long.MaxValue;
    private long _maxId = long.MinValue;

    public int Count => _count;

    public void Add(long id, double minX, double maxX, double minY, double maxY)
    {
        if (_count == _cells.Length) Array.Resize(ref _cells, _cells.Length * 2);
        _cells[_count++] = new Cell(id, Down(minX), Up(maxX), Down(minY), Up(maxY));
        _minId = Math.Min(_minId, id);
        _maxId = Math.Max(_maxId, id);
    }

    /// <summary>Replaces the (empty) R-tree <paramref name="rtree"/> with the packed tree of everything added.</summary>
    public void Write(SqliteConnection c, SqliteTransaction tx, string rtree)
    {
        if (_count == 0) return;
        int nodeSize = Convert.ToInt32(Sql.Scalar(c, tx, $"SELECT length(data) FROM \"{rtree}_node\" WHERE nodeno = 1"), System.Globalization.CultureInfo.InvariantCulture);
        int perNode = Math.Min(MaxCells, (nodeSize - 4) / CellSize);
        Sql.Exec(c, tx, $"DELETE FROM \"{rtree}_node\"; DELETE FROM \"{rtree}_parent\"; DELETE FROM \"{rtree}_rowid\"");
        using var node = new RawStatement(c, $"INSERT INTO \"{rtree}_node\" (nodeno, data) VALUES (?1, ?2)");
        using var parent = new RawStatement(c, $"INSERT INTO \"{rtree}_parent\" (nodeno, parentnode) VALUES (?1, ?2)");

        // Packed in place: no copy of a million cells (memory is the one thing here that grows with the import).
        var level = _cells;
        int levelCount = _count;
        _cells = [];
        _count = 0;
        // Leaf cell → leaf node, written afterwards in rowid order: appending to the _rowid b-tree, not
        // scattering. The ids of one load are dense (a table's new fids), so the leaf of each id is
        // kept in an array indexed by id: 4 bytes a cell and no sort.
        var leaves = new LeafMap(_minId, _maxId, levelCount);
        _minId = long.MaxValue;
        _maxId = long.MinValue;
        long nextNode = 2;
        int depth = 0;
        var buffer = new byte[nodeSize];
        while (true)
        {
            bool root = levelCount <= perNode;
            var groups = Pack(level, levelCount, perNode);
            var parents = new Cell[groups.Count];
            for (int g = 0; g < groups.Count; g++)
            {
                long nodeNo = root ? 1 : nextNode++;
                var cells = groups[g];
                Encode(buffer, cells, root ? depth : 0);
                Pair(node, nodeNo, buffer);
                foreach (var cell in cells)
                {
                    if (depth == 0) leaves.Add(cell.Id, nodeNo);
                    else Pair(parent, cell.Id, nodeNo);
                }
                parents[g] = Bounds(nodeNo, cells);
            }
            if (root) break;
            level = parents;
            levelCount = parents.Length;
            depth++;
        }
        leaves.Write(c, rtree);
    }

    // Sort-Tile-Recursive: vertical slices by x, then runs by y inside each slice. Sorted by arrays
    // of primitive keys (Array.Sort(keys, items)): a comparison delegate over the cells cost several
    // times more for a million finds. Centres doubled (min + max) order the same as centres.
    private static List<ArraySegment<Cell>> Pack(Cell[] cells, int count, int perNode)
    {
        int nodes = (count + perNode - 1) / perNode;
        int slices = (int)Math.Ceiling(Math.Sqrt(nodes));
        int perSlice = slices * perNode;
        var keys = new float[count];
        for (int i = 0; i < count; i++) keys[i] = cells[i].MinX + cells[i].MaxX;
        Array.Sort(keys, cells, 0, count);
        var groups = new List<ArraySegment<Cell>>(nodes);
        for (int s = 0; s < count; s += perSlice)
        {
            int length = Math.Min(perSlice, count - s);
            for (int i = s; i < s + length; i++) keys[i] = cells[i].MinY + cells[i].MaxY;
            Array.Sort(keys, cells, s, length);
            for (int i = 0; i < length; i += perNode) groups.Add(new ArraySegment<Cell>(cells, s + i, Math.Min(perNode, length - i)));
        }
        return groups;
    }

    private static void Encode(byte[] buffer, ArraySegment<Cell> cells, int depth)
    {
        Array.Clear(buffer);
        BinaryPrimitives.WriteUInt16BigEndian(buffer, (ushort)depth);
        BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(2), (ushort)cells.Count);
        int at = 4;
        foreach (var cell in cells)
        {
            BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(at), cell.Id);
            BinaryPrimitives.WriteSingleBigEndian(buffer.AsSpan(at + 8), cell.MinX);
            BinaryPrimitives.WriteSingleBigEndian(buffer.AsSpan(at + 12), cell.MaxX);
            BinaryPrimitives.WriteSingleBigEndian(buffer.AsSpan(at + 16), cell.MinY);
            BinaryPrimitives.WriteSingleBigEndian(buffer.AsSpan(at + 20), cell.MaxY);
            at += CellSize;
        }
    }

    private static Cell Bounds(long nodeNo, ArraySegment<Cell> cells)
    {
        float minX = float.MaxValue, maxX = float.MinValue, minY = float.MaxValue, maxY = float.MinValue;
        foreach (var c in cells)
        {
            minX = Math.Min(minX, c.MinX);
            maxX = Math.Max(maxX, c.MaxX);
            minY = Math.Min(minY, c.MinY);
            maxY = Math.Max(maxY, c.MaxY);
        }
        return new Cell(nodeNo, minX, maxX, minY, maxY);
    }

    // rtree.c's rtreeValueDown/rtreeValueUp: a float box never smaller than the double one.
    private static float Down(double d)
    {
        float f = (float)d;
        if (f > d) f = (float)(d * (d < 0 ? 1.0 + 1.0 / 8388608.0 : 1.0 - 1.0 / 8388608.0));
        return f;
    }

    private static float Up(double d)
    {
        float f = (float)d;
        if (f < d) f = (float)(d * (d < 0 ? 1.0 - 1.0 / 8388608.0 : 1.0 + 1.0 / 8388608.0));
        return f;
    }

    private static void Pair(RawStatement statement, long a, long b)
    {
        statement.Int64(1, a);
        statement.Int64(2, b);
        statement.Run();
    }

    private static void Pair(RawStatement statement, long a, byte[] b)
    {
        statement.Int64(1, a);
        statement.Blob(2, b);
        statement.Run();
    }

    private readonly record struct Cell(long Id, float MinX, float MaxX, float MinY, float MaxY);
}
