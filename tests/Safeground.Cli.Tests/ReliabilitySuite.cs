namespace Safeground.Cli.Tests;

/// <summary>
/// The standing reliability tests that load the machine on purpose (the concurrency soak, the kill -9 loop): they run
/// alone, after the other tests of this project, so that their load never starves a timing-sensitive test beside them
/// (a Ctrl-C test, a server stop) and their own runs measure what they mean to.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilitySuite
{
    public const string Name = "reliability suite";
}
