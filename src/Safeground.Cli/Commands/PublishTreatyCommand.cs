using System.CommandLine;
using Safeground.Core;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Treaty;
using Safeground.Products;
using Safeground.Products.Treaty;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground publish treaty --year YYYY --out FILE.xlsx|FILE.pdf</c>: the annual treaty report tables (Article 7),
/// as a workbook or a PDF by the file's extension.
/// </summary>
public static class PublishTreatyCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var output = PublishCommand.Out();
        var year = new Option<int>("--year") { Description = Texts.Render("cli.help.publish.treaty.year"), Required = true, HelpName = "YYYY" };
        var region = new Option<string?>("--region") { Description = Texts.Render("cli.help.status.region"), HelpName = "NAME" };
        var organisation = new Option<string?>("--organisation", "--organization") { Description = Texts.Render("cli.help.status.organisation"), HelpName = "ID" };
        var cmd = new Command("treaty", Texts.Render("cli.help.publish.treaty")) { store, output, year, region, organisation };
        cmd.SetAction(parse =>
        {
            Run(parse.GetValue(store)!, parse.GetValue(output)!, new TreatyRequest(parse.GetValue(year), parse.GetValue(region), parse.GetValue(organisation)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    public static void Run(string path, string file, TreatyRequest request)
    {
        // The format is known before the store is read: a wrong name costs nothing.
        bool pdf = file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        if (!pdf && !file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            throw SafegroundException.Invalid(Texts.Render("error.treaty.format", ("file", file)));
        using var s = StoreOpener.Open(path, create: false);
        KnownRegion.Check(s, request.Region);
        var figures = TreatyFigures.Compute(s, request, StoredProgramme.Of(s));
        var madeAt = TimeProvider.System.GetLocalNow();
        PublishCommand.Write(file, stream =>
        {
            if (pdf) TreatyTables.WritePdf(figures, ProductSource.Of(s), madeAt, stream);
            else TreatyTables.WriteXlsx(figures, ProductSource.Of(s), madeAt, stream);
        });
    }
}
