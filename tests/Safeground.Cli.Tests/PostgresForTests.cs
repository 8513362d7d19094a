using Safeground.Storage.PostGis.Tests;

namespace Safeground.Cli.Tests;

/// <summary>
/// A schema of its own on the test PostgreSQL server (<see cref="TestServer"/>: skipped without one, except in CI),
/// dropped on Dispose.
/// </summary>
internal sealed class PostgresForTests : IDisposable
{
    /// <summary>The store's URL: the server's, with this test's schema.</summary>
    public string Url { get; } = TestServer.NewSchemaUrl("cli");

    public void Dispose() => TestServer.Drop(Url);
}
