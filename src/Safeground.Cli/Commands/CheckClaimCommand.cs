using System.CommandLine;
using Safeground.Cli.Output;
using Safeground.Core;
using Safeground.Core.Plausibility;
using Safeground.Core.Rules;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground check claim</c>: is a reported total ("20,000 devices over 150 ha in 60 days by 200
/// deminers") believable? An assessment, so it exits 0 whatever the verdict unless --fail-on is given.
/// </summary>
public static class CheckClaimCommand
{
    /// <summary>Exit code when the verdict reaches --fail-on.</summary>
    public const int VerdictReached = 3;

    public static Command Create()
    {
        var devices = new Option<long?>("--devices") { Description = Texts.Render("cli.help.check-claim.devices"), HelpName = "N" };
        var area = new Option<string?>("--area") { Description = Texts.Render("cli.help.check-claim.area", ("units", AreaParser.KnownUnits)), HelpName = "AREA" };
        var days = new Option<double?>("--days") { Description = Texts.Render("cli.help.check-claim.days"), HelpName = "N" };
        var people = new Option<int?>("--people") { Description = Texts.Render("cli.help.check-claim.people"), HelpName = "N" };
        var teams = new Option<int?>("--teams") { Description = Texts.Render("cli.help.check-claim.teams"), HelpName = "N" };
        var killed = new Option<int?>("--killed") { Description = Texts.Render("cli.help.check-claim.killed"), HelpName = "N" };
        var injured = new Option<int?>("--injured") { Description = Texts.Render("cli.help.check-claim.injured"), HelpName = "N" };
        var store = new Option<string?>("--store")
        {
            Description = Texts.Render("cli.help.check-claim.store", ("default", CommonOptions.DefaultStore)),
            HelpName = "PATH",
        };
        var rules = new Option<string?>("--rules") { Description = Texts.Render("cli.help.check-claim.rules"), HelpName = "FILE" };
        var json = CommonOptions.Json();
        var failOn = new Option<string?>("--fail-on") { Description = Texts.Render("cli.help.check-claim.fail-on", ("code", VerdictReached)), HelpName = "VERDICT" };
        failOn.AcceptOnlyFromAmong("implausible", "unusual");
        var cmd = new Command("claim", Texts.Render("cli.help.check-claim"))
        {
            devices, area, days, people, teams, killed, injured, store, rules, json, failOn,
        };
        cmd.SetAction((parse, cancel) =>
        {
            var areaText = parse.GetValue(area);
            var parsedArea = areaText is null ? null : AreaParser.Parse(areaText);
            var claim = new ReportedOperation(parse.GetValue(devices), parsedArea?.SquareMetres, parse.GetValue(days), parse.GetValue(people),
                parse.GetValue(teams), parse.GetValue(killed), parse.GetValue(injured), parsedArea?.Text.Trim(), parsedArea?.Note);
            var verdict = Run(claim, parse.GetValue(store), parse.GetValue(rules), parse.GetValue(json), cancel);
            var threshold = parse.GetValue(failOn) switch { "implausible" => Verdict.Implausible, "unusual" => Verdict.Unusual, _ => (Verdict?)null };
            return Task.FromResult(threshold is { } t && verdict >= t ? VerdictReached : SafegroundCli.Ok);
        });
        return cmd;
    }

    public static Verdict Run(ReportedOperation claim, string? storePath, string? rulesPath, bool json, CancellationToken cancel)
    {
        claim.Validate();
        var fileRules = rulesPath is null ? null : ProgrammeRules.Load(rulesPath);
        var rules = fileRules ?? ProgrammeRules.Default; // no store: the built-in default, which the output names
        RecordedOperations? recorded = null;
        string? skipped = null;
        // An explicit --store must exist; the default one is used only when it is there.
        var path = storePath ?? (File.Exists(CommonOptions.DefaultStore) ? CommonOptions.DefaultStore : null);
        if (path is null)
            skipped = Texts.Render("cli.claim.no-store", ("default", CommonOptions.DefaultStore));
        else
        {
            using var s = StoreOpener.Open(path, create: false);
            recorded = RecordedOperations.Compute(s, cancel);
            var stored = StoredProgramme.Read(s);
            if (fileRules is null) rules = stored.Rules;
            else Console.Error.WriteLine(Texts.Render("cli.claim.what-if", ("rules", rulesPath), ("stored", stored.Describe())));
            if (recorded.Deployments.Count == 0) skipped = Texts.Render("cli.claim.no-deployments", ("store", path));
        }
        var assessment = ClaimAssessment.Assess(claim, rules, recorded);
        if (json) ClaimPrinter.PrintJson(assessment, path, skipped);
        else ClaimPrinter.Print(assessment, path, skipped);
        return assessment.Overall;
    }
}
