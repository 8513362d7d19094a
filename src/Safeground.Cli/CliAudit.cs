using Safeground.Core.Access;
using Safeground.Core.Storage;

namespace Safeground.Cli;

/// <summary>
/// Audit lines for what the CLI does to a store on someone's behalf, beside the server's: who (the user named, e.g. by
/// <c>--by</c>), from where ("cli:" and the operating-system user who ran the command), what, on which record, and how
/// it ended (0 done, 1 refused or failed: the command's exit code where the server writes its HTTP status).
/// </summary>
internal static class CliAudit
{
    public static void Append(ISafegroundStore store, string username, string action, string target, int exitCode)
    {
        var entry = new AuditEntry(DateTimeOffset.UtcNow, username, "cli:" + Environment.UserName, "CLI", "safeground " + action, action, target, exitCode);
        using var tx = store.BeginWrite();
        tx.AppendAudit(entry);
        tx.Commit();
    }
}
