using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Sorts any number of fixed-size records in bounded memory: records are buffered up to a run
/// length; a full run is sorted and appended to a temporary file; <see cref="Sorted"/> merges the
/// runs back in key order. Memory is one run plus a small read buffer per merged run, whatever the
/// count. A load that never fills a run never touches the disk.
/// </summary>
/// <remarks>
/// The file is named after <c>pathPrefix</c> (beside the GeoPackage: the disk the user chose for
/// the data, where /tmp may be a RAM disk) and deleted on <see cref="Dispose"/>; it is opened
/// delete-on-close as well, so a handle that is merely finalised removes it too. The order of
/// records with equal keys is not defined.
/// </remarks>
internal sealed class ExternalSort<T, TKey> : IDisposable
    where T : unmanaged
    where TKey : unmanaged, IComparable<TKey>
{
    // Runs merged in one pass. More runs are first merged in groups into longer runs (appended to
    // the same file), so that the read buffers stay bounded too (64 × 32 KB).
    private const int MaxFanIn = 64;
    private const int ReadBufferBytes = 32 * 1024;

    private static readonly int Size = Unsafe.SizeOf<T>();

    private readonly string _pathPrefix;
    private readonly int _runLength;
    private readonly Func<T, TKey> _key;
    private readonly List<Run> _runs = [];
    private T[] _buffer = new T[1024];
    private TKey[] _keys = [];
    private int _buffered;
    private SafeFileHandle? _file;
    private string? _path;
    private long _end;
    private bool _read;

    public ExternalSort(string pathPrefix, int runLength, Func<T, TKey> key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runLength, 2);
        _pathPrefix = pathPrefix;
        _runLength = runLength;
        _key = key;
    }

    public long Count { get; private set; }

    /// <summary>Whether records went to the temporary file (the load was larger than one run).</summary>
    public bool Spilled => _path is not null;

    public void Add(in T item)
    {
        if (_read) throw new InvalidOperationException("records were already read back");
        if (_buffered == _buffer.Length)
        {
            // Grow to the run length first: small loads allocate only what they use.
            if (_buffer.Length < _runLength) Array.Resize(ref _buffer, Math.Min(_runLength, _buffer.Length * 2));
            else SpillRun();
        }
        _buffer[_buffered++] = item;
        Count++;
    }

    /// <summary>Every record added, in key order. Read once.</summary>
    public IEnumerable<T> Sorted()
    {
        if (_read) throw new InvalidOperationException("records were already read back");
        _read = true;
        if (_file is null)
        {
            SortBuffer();
            return _buffer.Take(_buffered);
        }
        if (_buffered > 0) SpillRun();
        _buffer = [];
        _keys = [];
        while (_runs.Count > MaxFanIn)
        {
            var group = _runs.GetRange(0, MaxFanIn);
            _runs.RemoveRange(0, MaxFanIn);
            _runs.Add(WriteRun(Merge(group)));
        }
        return Merge(_runs);
    }

    public void Dispose()
    {
        _file?.Dispose();
        _file = null;
        _buffer = [];
        _keys = [];
        if (_path is null) return;
        try
        {
            File.Delete(_path); // normally gone already (delete-on-close)
        }
        catch (IOException)
        {
        }
    }

    private void SortBuffer()
    {
        if (_keys.Length < _buffered) _keys = new TKey[_buffer.Length];
        for (int i = 0; i < _buffered; i++) _keys[i] = _key(_buffer[i]);
        // Primitive keys beside the records: much cheaper than a comparison delegate over the records.
        Array.Sort(_keys, _buffer, 0, _buffered);
    }

    private void SpillRun()
    {
        SortBuffer();
        if (_file is null)
        {
            _path = $"{_pathPrefix}-{Guid.NewGuid():N}.tmp";
            _file = File.OpenHandle(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        }
        var bytes = MemoryMarshal.AsBytes(_buffer.AsSpan(0, _buffered));
        RandomAccess.Write(_file, bytes, _end);
        _runs.Add(new Run(_end, _buffered));
        _end += bytes.Length;
        _buffered = 0;
    }

    private Run WriteRun(IEnumerable<T> items)
    {
        var buffer = new T[Math.Max(1, ReadBufferBytes / Size)];
        long start = _end, count = 0;
        int n = 0;
        foreach (var item in items)
        {
            buffer[n++] = item;
            if (n < buffer.Length) continue;
            Flush();
        }
        Flush();
        return new Run(start, count);

        void Flush()
        {
            var bytes = MemoryMarshal.AsBytes(buffer.AsSpan(0, n));
            RandomAccess.Write(_file!, bytes, _end);
            _end += bytes.Length;
            count += n;
            n = 0;
        }
    }

    // k-way merge: a heap of the runs keyed by their current record.
    private IEnumerable<T> Merge(List<Run> runs)
    {
        var readers = new RunReader[runs.Count];
        var heap = new PriorityQueue<int, TKey>(runs.Count);
        for (int r = 0; r < runs.Count; r++)
        {
            readers[r] = new RunReader(_file!, runs[r]);
            if (readers[r].MoveNext()) heap.Enqueue(r, _key(readers[r].Current));
        }
        while (heap.TryPeek(out int r, out _))
        {
            var reader = readers[r];
            yield return reader.Current;
            if (reader.MoveNext()) heap.DequeueEnqueue(r, _key(reader.Current));
            else heap.Dequeue();
        }
    }

    private readonly record struct Run(long Offset, long Count);

    /// <summary>Reads one run through a small buffer.</summary>
    private sealed class RunReader(SafeFileHandle file, Run run)
    {
        private readonly T[] _items = new T[(int)Math.Clamp(run.Count, 1, Math.Max(1, ReadBufferBytes / Size))];
        private long _next; // records of the run read into the buffer so far
        private int _at = -1;
        private int _filled;

        public T Current => _items[_at];

        public bool MoveNext()
        {
            if (++_at < _filled) return true;
            if (_next == run.Count) return false;
            _filled = (int)Math.Min(_items.Length, run.Count - _next);
            var bytes = MemoryMarshal.AsBytes(_items.AsSpan(0, _filled));
            long offset = run.Offset + _next * Size;
            for (int done = 0; done < bytes.Length;)
            {
                int n = RandomAccess.Read(file, bytes[done..], offset + done);
                if (n == 0) throw new IOException("temporary sort file ended early");
                done += n;
            }
            _next += _filled;
            _at = 0;
            return true;
        }
    }
}
