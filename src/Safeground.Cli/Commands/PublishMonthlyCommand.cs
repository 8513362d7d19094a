using System.CommandLine;
using System.Globalization;
using Safeground.Core;
using Safeground.Core.Status;
using Safeground.Products;

namespace Safeground.Cli.Commands;

/// <summary><c>safeground publish monthly --month YYYY-MM --out FILE.pdf</c>: the monthly operations report.</summary>
public static class PublishMonthlyCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var month = new Option<string>("--month") { Description = Texts.Render("cli.help.publish.monthly.month"), HelpName = "YYYY-MM", Required = true };
        month.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (Month(text) is null) result.AddError(Texts.Render("cli.error.publish.month", ("text", text ?? "")));
        });
        var output = PublishCommand.Out();
        var region = new Option<string?>("--region") { Description = Texts.Render("cli.help.status.region"), HelpName = "NAME" };
        var organisation = new Option<string?>("--organisation", "--organization") { Description = Texts.Render("cli.help.status.organisation"), HelpName = "ID" };
        var cmd = new Command("monthly", Texts.Render("cli.help.publish.monthly")) { month, output, store, region, organisation };
        cmd.SetAction(parse =>
        {
            var (year, m) = Month(parse.GetValue(month))!.Value;
            var request = new MonthlyRequest(year, m, parse.GetValue(region), parse.GetValue(organisation));
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            KnownRegion.Check(s, request.Region);
            PublishCommand.Write(parse.GetValue(output)!, stream => MonthlyReport.Write(s, request, stream));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    // Strictly YYYY-MM: "March", "2026-3" or "2026-13" is an error naming the option, never another month.
    private static (int Year, int Month)? Month(string? text) =>
        text is { Length: 7 } && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? (d.Year, d.Month) : null;
}
