using System.CommandLine;
using Safeground.Cli.Output;
using Safeground.Contracts;
using Safeground.Core;
using Safeground.Core.Quality;

namespace Safeground.Cli.Commands;

/// <summary><c>safeground qc plan --hazard ID | --lot-m2 N</c>: the quality control sample plan for a lot of released land.</summary>
public static class QcCommand
{
    public static Command Create()
    {
        var qc = new Command("qc", Texts.Render("cli.help.qc"));
        qc.Subcommands.Add(Plan());
        return qc;
    }

    private static Command Plan()
    {
        var hazard = new Option<string?>("--hazard") { Description = Texts.Render("cli.help.qc.plan.hazard"), HelpName = "ID" };
        var lot = new Option<double?>("--lot-m2") { Description = Texts.Render("cli.help.qc.plan.lot-m2"), HelpName = "M2" };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("plan", Texts.Render("cli.help.qc.plan")) { hazard, lot, store, json };
        cmd.SetAction(parse =>
        {
            var id = parse.GetValue(hazard);
            var m2 = parse.GetValue(lot);
            if ((id is null) == (m2 is null)) throw SafegroundException.Invalid(Texts.Render("cli.error.qc.hazard-or-lot"));
            SamplePlan plan;
            if (id is not null)
            {
                using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
                plan = QcLot.PlanFor(s, id);
            }
            else
            {
                if (!(m2 > 0) || !double.IsFinite(m2.Value)) throw SafegroundException.Invalid(Texts.Render("cli.error.qc.lot-not-positive", ("value", m2!.Value)));
                plan = SamplePlan.For(m2.Value);
            }
            if (parse.GetValue(json)) Console.WriteLine(ContractJson.Write(SamplePlanView.From(id, plan)));
            else
            {
                Console.WriteLine(id is null
                    ? Texts.Render("cli.qc.plan.lot", ("lot", Units.M2(plan.LotM2)))
                    : Texts.Render("cli.qc.plan.hazard", ("hazard", id), ("lot", Units.M2(plan.LotM2))));
                Console.WriteLine(Texts.Render("cli.qc.plan.sample", ("letter", plan.CodeLetter.ToString()), ("sample", Units.M2(plan.SampleM2)), ("accept", plan.AcceptanceNumber)));
            }
            return SafegroundCli.Ok;
        });
        return cmd;
    }
}
