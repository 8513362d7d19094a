using Npgsql;
using Safeground.Core;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis;

// In a bulk write (import, demo: 420,000 reports, 110,000 hazards) the statements whose result nobody
// reads are sent in batches of up to BatchSize instead of one round trip each. They run in order, in the
// same transaction; a failure surfaces at the next flush, and aborts the whole bulk write (it would anyway:
// a failed statement aborts a PostgreSQL transaction). Anything that reads, or needs a count, flushes first.
internal sealed partial class PostGisTransaction
{
    private const int BatchSize = 500;

    private NpgsqlBatch? _batch;

    /// <summary>Runs the statement now, or in a bulk write queues it for the next batch.</summary>
    protected override void Write(string sql, params ReadOnlySpan<object?> values)
    {
        if (_mode != WriteMode.Bulk)
        {
            Run(sql, values);
            return;
        }
        _batch ??= new NpgsqlBatch(_c, _tx);
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var v in values) cmd.Parameters.Add(PostGisStore.Parameter(v));
        _batch.BatchCommands.Add(cmd);
        if (_batch.BatchCommands.Count >= BatchSize) FlushBatch();
    }

    private void FlushBatch()
    {
        if (_batch is not { } batch) return;
        _batch = null;
        using (batch)
        {
            try
            {
                batch.ExecuteNonQuery();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "reports_pkey")
            {
                // The only duplicate a bulk write can meet: a report id already stored (checked one by one outside bulk writes).
                throw new SafegroundException(ErrorKind.Conflict, Texts.Render("store.report-exists-detail", ("location", Location), ("detail", e.Detail)), e);
            }
        }
    }
}
