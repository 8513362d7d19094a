using Safeground.Core.Access;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>Users who decide on reports in tests that call the lifecycle directly (the server's way: a signed-in user, not a name looked up).</summary>
internal static class TestDeciders
{
    /// <summary>A data manager of the national authority: decides on every organisation's reports.</summary>
    public static readonly User DataManager = new("data.manager", "Data manager", Role.DataManager, null, false, DateTimeOffset.UnixEpoch);
}
