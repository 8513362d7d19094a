using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Safeground.Cli.Output;
using Safeground.Core;
using Safeground.Core.Checks;
using Safeground.Core.Rules;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground check</c>: data-quality and plausibility findings over a store, by the programme's rules.
/// Findings are output, not failure: exit 0 when the check ran, or <see cref="SafegroundCli.FindingsFailed"/>
/// (3) when <c>--fail-on</c> is given and a finding of that severity or worse was found.
/// </summary>
public static class CheckCommand
{
    /// <summary>The command, with further checks as subcommands (e.g. <c>check claim</c>); <c>check</c> alone checks a store.</summary>
    public static Command Create(params Command[] subcommands)
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var rules = new Option<string?>("--rules")
        {
            Description = Texts.Render("cli.help.check.rules"),
            HelpName = "FILE",
        };
        var minSeverity = new Option<string>("--min-severity") { Description = Texts.Render("cli.help.check.min-severity"), DefaultValueFactory = _ => "info", HelpName = "SEVERITY" };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");
        var failOn = new Option<string?>("--fail-on") { Description = Texts.Render("cli.help.check.fail-on", ("code", SafegroundCli.FindingsFailed)), HelpName = "SEVERITY" };
        failOn.AcceptOnlyFromAmong("warning", "error");
        var limit = new Option<int>("--limit") { Description = Texts.Render("cli.help.check.limit"), DefaultValueFactory = _ => 100, HelpName = "N" };
        var only = new Option<string[]>("--rule") { Description = Texts.Render("cli.help.check.rule"), HelpName = "RULE", AllowMultipleArgumentsPerToken = false };
        var cmd = new Command("check", Texts.Render("cli.help.check"))
        {
            store, json, rules, minSeverity, failOn, limit, only,
        };
        foreach (var sub in subcommands) cmd.Subcommands.Add(sub);
        cmd.SetAction((parse, cancel) =>
        {
            var options = new CheckOptions(
                ParseSeverity(parse.GetValue(minSeverity)!),
                parse.GetValue(failOn) is { } f ? ParseSeverity(f) : null,
                parse.GetValue(json),
                Math.Max(0, parse.GetValue(limit)),
                parse.GetValue(only));
            return Task.FromResult(Run(parse.GetValue(store)!, parse.GetValue(rules), options, cancel));
        });
        return cmd;
    }

    /// <param name="whatIf">A rules file to check with instead of the store's own (null: the store's rules).</param>
    public static int Run(string path, string? whatIf, CheckOptions options, CancellationToken cancel)
    {
        var alternative = whatIf is null ? null : ProgrammeRules.Load(whatIf);
        using var s = StoreOpener.Open(path, create: false);
        var stored = StoredProgramme.Read(s);
        var programme = alternative ?? stored.Rules;
        var source = alternative is null
            ? Texts.Render("cli.check.rules.store", ("stored", stored.Describe()))
            : Texts.Render("cli.check.rules.what-if", ("rules", whatIf), ("stored", stored.Describe()));
        if (alternative is not null) Console.Error.WriteLine(Texts.Render("cli.check.what-if", ("source", source)));
        var selection = RuleSelection.Of((options.Rules ?? []).SelectMany(r => r.Split(',')), programme, out var unknown);
        // A misspelt rule would otherwise check nothing and print "no findings".
        if (unknown.Count > 0)
            throw SafegroundException.Invalid(Texts.Render("cli.check.rule-unknown", ("name", "--rule"), ("rules", string.Join(", ", unknown)),
                ("known", string.Join(", ", RuleSelection.Known(programme)))));
        var clock = Stopwatch.StartNew();
        var check = new StoreCheck(programme, TimeProvider.System, selection);
        var findings = check.Run(s, cancel).Where(f => f.Severity >= options.MinSeverity);
        var summary = options.Json
            ? CheckPrinter.PrintJson(findings, path, programme, source, options)
            : CheckPrinter.Print(findings, path, programme, source, options);
        Console.Error.WriteLine(Texts.Render("cli.check.done", ("count", summary.Total),
            ("seconds", clock.Elapsed.TotalSeconds.ToString("0.0", Texts.Culture))));
        return options.FailOn is { } worst && summary.Worst is { } found && found >= worst ? SafegroundCli.FindingsFailed : SafegroundCli.Ok;
    }

    private static Severity ParseSeverity(string text) => Enum.Parse<Severity>(text, ignoreCase: true);
}
