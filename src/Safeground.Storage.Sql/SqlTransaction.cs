namespace Safeground.Storage.Sql;

/// <summary>
/// The writes both stores make with the same SQL (reference data, reports and their events, users, tokens, the
/// audit log, the programme's rules), over the store's own plumbing: a store's transaction derives from this and
/// supplies how a statement runs, how failures are named and how the held report row is inserted.
/// </summary>
/// <remarks>
/// The domain's refusals (a duplicate report or user, an unknown user) are checked before writing, never left to a
/// constraint: a failed statement aborts a PostgreSQL transaction, and a caller who catches a conflict may go on.
/// </remarks>
public abstract partial class SqlTransaction
{
    protected abstract SqlDialect Dialect { get; }

    /// <summary>Where the store is, to name it in messages.</summary>
    protected abstract string Location { get; }

    protected abstract void ThrowIfDone();

    /// <summary>Runs a write: held rows are written first, and failures are named with the store.</summary>
    protected abstract void Guard(Action action);

    /// <summary>Runs a statement now; its parameters are $1..$n in the order given.</summary>
    protected abstract int Run(string sql, params ReadOnlySpan<object?> values);

    /// <summary>The first column of the first row, null for none or NULL.</summary>
    protected abstract object? Scalar(string sql, params ReadOnlySpan<object?> values);

    /// <summary>A statement whose result nobody reads: a store may queue it (PostGIS batches bulk writes).</summary>
    protected virtual void Write(string sql, params ReadOnlySpan<object?> values) => Run(sql, values);
}
