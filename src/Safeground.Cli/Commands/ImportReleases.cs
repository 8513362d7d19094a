using Safeground.Cli.Output;
using Safeground.Core;
using Safeground.Core.Import;
using Safeground.Core.Rules;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground import FILE --as releases --by ADMIN</c>: a programme's past land release as approved reports against
/// the store's hazards (<see cref="ReleaseImport"/>). An administrator's act, so it is written to the audit log, done or refused.
/// </summary>
internal static class ImportReleases
{
    public static int Run(string storePath, ImportInput input, ImportOptions options, PolygonTriage triage, bool dryRun, int show, bool json, CancellationToken cancel)
    {
        using var store = StoreOpener.Open(storePath, create: false);
        var target = Path.GetFileName(input.Path) + (dryRun ? " (dry run)" : "");
        ReleaseImportSummary summary;
        try
        {
            var user = store.FindUser(options.ImportedBy)?.User
                ?? throw SafegroundException.Invalid(Texts.Render("import.history.error.unknown-user", ("username", options.ImportedBy), ("store", store.Location)));
            summary = new ReleaseImport(store, TimeProvider.System, StoredProgramme.Of(store))
                .Run(input.Read(), options, user, triage, dryRun, cancel);
        }
        catch (SafegroundException)
        {
            if (!dryRun) CliAudit.Append(store, options.ImportedBy, "import releases", target, SafegroundCli.Failure);
            throw;
        }
        if (!dryRun) CliAudit.Append(store, options.ImportedBy, "import releases", target, SafegroundCli.Ok);
        ReleaseImportPrinter.Print(summary, storePath, show, json);
        bool any = summary.Count(ReleaseOutcome.Applied) + summary.Count(ReleaseOutcome.Split) + summary.Count(ReleaseOutcome.AlreadyImported) > 0;
        return any ? SafegroundCli.Ok : SafegroundCli.Failure;
    }
}
