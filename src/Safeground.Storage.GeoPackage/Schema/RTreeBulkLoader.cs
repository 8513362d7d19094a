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
/// Memory does not grow with the load: cells beyond one run are sorted on disk (<see cref="ExternalSort{T, TKey}"/>),
/// the leaf level is written slice by slice as the x order streams back, and only the upper levels
/// (51 times fewer cells per level) are held in memory.
/// </remarks>
internal sealed class RTreeBulkLoader : IDisposable
{
    /// <summary>Cells sorted in memory at a time (24 bytes each, 1.5 MB); a larger load is sorted on disk.</summary>
    public const int DefaultRunCells = 65_536;

    private const int CellSize = 8 + 4 * 4;
    private const int MaxCells = 51; // RTREE_MAXCELLS in rtree.c

    private readonly string _tempPathPrefix;
    private readonly int _runCells;
    // The cells in order of x centre (min + max: doubled centres order the same as centres), the
    // first sort of Sort-Tile-Recursive. Memory is the one thing here that must not grow with the
    // import: beyond one run of cells they go to a temporary file in sorted runs.
    private readonly ExternalSort<Cell, float> _cells;

    /// <param name="tempPathPrefix">Temporary files are named after this (the GeoPackage's path).</param>
    /// <param name="runCells">Cells held in memory at a time; tests lower it to exercise the on-disk path.</param>
    public RTreeBulkLoader(string tempPathPrefix, int runCells = DefaultRunCells)
    {
        _tempPathPrefix = tempPathPrefix + "-rtree";
        _runCells = runCells;
        _cells = new ExternalSort<Cell, float>(_tempPathPrefix, runCells, c => c.MinX + c.MaxX);
    }

    public long Count => _cells.Count;

    private long _minId = long.MaxValue, _maxId = long.MinValue;

    public void Add(long id, double minX, double maxX, double minY, double maxY)
    {
        _cells.Add(new Cell(id, Down(minX), Up(maxX), Down(minY), Up(maxY)));
        if (id < _minId) _minId = id;
        if (id > _maxId) _maxId = id;
    }

    /// <summary>Replaces the (empty) R-tree <paramref name="rtree"/> with the packed tree of everything added.</summary>
    public void Write(SqliteConnection c, SqliteTransaction tx, string rtree)
    {
        long count = _cells.Count;
        if (count == 0) return;
        int nodeSize = Convert.ToInt32(Sql.Scalar(c, tx, $"SELECT length(data) FROM \"{rtree}_node\" WHERE nodeno = 1"), System.Globalization.CultureInfo.InvariantCulture);
        int perNode = Math.Min(MaxCells, (nodeSize - 4) / CellSize);
        Sql.Exec(c, tx, $"DELETE FROM \"{rtree}_node\"; DELETE FROM \"{rtree}_parent\"; DELETE FROM \"{rtree}_rowid\"");
        using var node = new RawStatement(c, $"INSERT INTO \"{rtree}_node\" (nodeno, data) VALUES (?1, ?2)");
        using var parent = new RawStatement(c, $"INSERT INTO \"{rtree}_parent\" (nodeno, parentnode) VALUES (?1, ?2)");
        var buffer = new byte[nodeSize];
        // Leaf cell → leaf node, written afterwards in rowid order.
        using var leaves = new LeafMap(_tempPathPrefix, _runCells, _minId, _maxId, count);

        if (count <= perNode)
        {
            var cells = _cells.Sorted().ToArray();
            Encode(buffer, cells, depth: 0);
            Pair(node, 1, buffer);
            foreach (var cell in cells) leaves.Add(cell.Id, 1);
            leaves.Write(c, rtree);
            return;
        }

        // Leaf level, streamed: the cells arrive in x order; each vertical slice of STR (about
        // sqrt(N / 51) leaves: 10k cells at 2M) is sorted by y in memory and cut into leaves that
        // are written at once. Only the leaves' bounding boxes are kept, 51 times fewer than cells.
        long leafCount = (count + perNode - 1) / perNode;
        int slices = (int)Math.Ceiling(Math.Sqrt(leafCount));
        int perSlice = (int)Math.Min(count, (long)slices * perNode);
        var slice = new Cell[perSlice];
        var keys = new float[perSlice];
        var parents = new Cell[leafCount];
        long nextNode = 2;
        int filled = 0, leavesWritten = 0;
        foreach (var cell in _cells.Sorted())
        {
            slice[filled++] = cell;
            if (filled == perSlice) WriteSlice();
        }
        if (filled > 0) WriteSlice();
        _cells.Dispose(); // its temporary file is no longer needed

        // Upper levels: in memory, packed the same way.
        var level = parents;
        int levelCount = parents.Length;
        int depth = 1;
        while (true)
        {
            bool root = levelCount <= perNode;
            var groups = Pack(level, levelCount, perNode);
            var up = new Cell[groups.Count];
            for (int g = 0; g < groups.Count; g++)
            {
                long nodeNo = root ? 1 : nextNode++;
                var cells = groups[g];
                Encode(buffer, cells, root ? depth : 0);
                Pair(node, nodeNo, buffer);
                foreach (var cell in cells) Pair(parent, cell.Id, nodeNo);
                up[g] = Bounds(nodeNo, cells);
            }
            if (root) break;
            level = up;
            levelCount = up.Length;
            depth++;
        }
        leaves.Write(c, rtree);

        void WriteSlice()
        {
            for (int i = 0; i < filled; i++) keys[i] = slice[i].MinY + slice[i].MaxY;
            Array.Sort(keys, slice, 0, filled);
            for (int i = 0; i < filled; i += perNode)
            {
                var cells = new ArraySegment<Cell>(slice, i, Math.Min(perNode, filled - i));
                long nodeNo = nextNode++;
                Encode(buffer, cells, 0);
                Pair(node, nodeNo, buffer);
                foreach (var cell in cells) leaves.Add(cell.Id, nodeNo);
                parents[leavesWritten++] = Bounds(nodeNo, cells);
            }
            filled = 0;
        }
    }

    public void Dispose() => _cells.Dispose();

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
