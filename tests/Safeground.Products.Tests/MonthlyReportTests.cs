using System.Globalization;
using Safeground.Core.Rules;
using Safeground.Core.Status;

namespace Safeground.Products.Tests;

/// <summary>
/// The monthly operations report read back with PdfPig: its released, remaining, EO and accident figures are the
/// figures of StatusReport (what <c>safeground status --from FIRST --to LAST</c> prints) for the same scope.
/// </summary>
public class MonthlyReportTests(MonthlyDemoStore demo) : IClassFixture<MonthlyDemoStore>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private byte[] Report(MonthlyRequest request)
    {
        using var output = new MemoryStream();
        MonthlyReport.Write(demo.Store, request, output);
        return output.ToArray();
    }

    private DateOnly BusiestMonth()
    {
        var months = StatusReport.Compute(demo.Store, StatusGrouping.Month, StatusFilter.None, StoredProgramme.Of(demo.Store)).Groups;
        return DateOnly.ParseExact(months.Where(m => m.Key != "(none)").OrderByDescending(m => m.ReleasedM2).First().Key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string Ha(double m2) => (m2 / 10_000).ToString("#,0.00", English) + "ha";

    private static string M2(double m2) => m2.ToString("#,0", English) + "m²";

    private static string Count(long n) => n.ToString("#,0", English);

    // Each figure as the report prints it beside its label: "Cleared 1,234.56 ha (12,345,600 m²)", read back without spaces.
    private static void AssertFigures(string text, StatusLine expected)
    {
        void Area(string label, double m2) => Assert.Contains(PdfText.Squeeze(label) + Ha(m2) + "(" + M2(m2) + ")", text, StringComparison.Ordinal);
        Area("Cancelled by non-technical survey", expected.CancelledM2);
        Area("Reduced by technical survey", expected.ReducedM2);
        Area("Cleared", expected.ClearedM2);
        Area("Released in all", expected.ReleasedM2);
        Assert.Contains("Hazardousareasrecorded" + Count(expected.Hazards), text, StringComparison.Ordinal);
        Area("Remaining hazardous area (sum of the hazards)", expected.RemainingM2);
        Area("Remaining hazardous land (overlaps counted once)", expected.RemainingLandM2);
        foreach (var (category, n) in expected.FindsByCategory.Where(kv => kv.Value > 0))
            Assert.Contains(PdfText.Squeeze(Core.Text.Words.Of(category)) + Count(n), text, StringComparison.Ordinal);
        if (expected.Finds > 0) Assert.Contains("Allcategories" + Count(expected.Finds), text, StringComparison.Ordinal);
        Assert.Contains("Accidents" + Count(expected.Accidents), text, StringComparison.Ordinal);
        Assert.Contains("Peoplekilled" + Count(expected.Killed), text, StringComparison.Ordinal);
        Assert.Contains("Peopleinjured" + Count(expected.Injured), text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reports_figures_are_status_for_the_month_whole_programme_region_and_organisation()
    {
        using var _ = new Culture("en");
        var month = BusiestMonth();
        var last = month.AddMonths(1).AddDays(-1);
        var region = demo.Store.Hazards().First().Region!;
        var organisation = demo.Store.Organisations()[0].Id;
        foreach (var (r, o) in new[] { ((string?)null, (string?)null), (region, null), (null, organisation) })
        {
            var pdf = Report(new MonthlyRequest(month.Year, month.Month, r, o));
            var text = PdfText.Squeezed(pdf);
            var status = StatusReport.Compute(demo.Store, StatusGrouping.None, new StatusFilter(r, o, month, last), StoredProgramme.Of(demo.Store)).Total;
            Assert.True(status.ReleasedM2 > 0 && status.Finds > 0, "the busiest month has work in every scope tested");
            AssertFigures(text, status);
            // The remaining figures are status --as-of the month's last day.
            var asOf = StatusReport.Compute(demo.Store, StatusGrouping.None, new StatusFilter(r, o, To: last), StoredProgramme.Of(demo.Store)).Total;
            Assert.Contains(Ha(asOf.RemainingM2) + "(" + M2(asOf.RemainingM2) + ")", text, StringComparison.Ordinal);
            Assert.Contains(PdfText.Squeeze(month.ToString("MMMM yyyy", English)), text, StringComparison.Ordinal);
            if (r is not null) Assert.Contains("Region" + PdfText.Squeeze(r), text, StringComparison.Ordinal);
            if (o is not null) Assert.Contains("Organisation" + o, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Noworkwasrecorded", text, StringComparison.Ordinal);
            Assert.Contains("Clearanceproductivitybyteam", text, StringComparison.Ordinal);
            Assert.Contains("m²perdeminer-day", text, StringComparison.Ordinal);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Productivity_by_team_is_status_by_team()
    {
        using var _ = new Culture("en");
        var month = BusiestMonth();
        var text = PdfText.Squeezed(Report(new MonthlyRequest(month.Year, month.Month)));
        var teams = demo.Store.Teams().ToDictionary(t => t.Id, StringComparer.Ordinal);
        var byTeam = StatusReport.Compute(demo.Store, StatusGrouping.Team, new StatusFilter(From: month, To: month.AddMonths(1).AddDays(-1)), StoredProgramme.Of(demo.Store));
        var productive = byTeam.Groups.Where(g => g.Productivity.Values.Any(p => p.Rate is not null)).ToList();
        Assert.NotEmpty(productive);
        foreach (var line in productive)
        {
            // A long team name wraps in its cell, and a table row reads back line by line across its cells: its start is enough.
            var name = PdfText.Squeeze(teams[line.Key].Name);
            Assert.Contains(name[..Math.Min(10, name.Length)], text, StringComparison.Ordinal);
            foreach (var p in line.Productivity.Values.Where(p => p.Rate is not null))
                Assert.Contains(Math.Round(p.Rate!.Value, 1).ToString(p.Rate >= 100 ? "#,0" : "#,0.##", English) + "m²per", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_month_without_work_is_a_valid_report_that_says_so()
    {
        using var _ = new Culture("en");
        var pdf = Report(new MonthlyRequest(2000, 1));
        var text = PdfText.Squeezed(pdf);
        Assert.Contains("Noworkwasrecordedinthismonth", text, StringComparison.Ordinal);
        Assert.Contains("Noexplosiveordnancewasfoundinthemonth", text, StringComparison.Ordinal);
        Assert.Contains("Nolandwasreleasedinthemonth,sothereisnomap", text, StringComparison.Ordinal);
        Assert.Contains("Releasedinall0.00ha(0m²)", text, StringComparison.Ordinal);
        Assert.Contains("January2000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_ukrainian_and_arabic_the_report_is_in_that_language()
    {
        var month = BusiestMonth();
        foreach (var lang in new[] { "uk", "ar" })
        {
            using var _ = new Culture(lang);
            var text = PdfText.All(Report(new MonthlyRequest(month.Year, month.Month)));
            // Shaped Arabic reads back as presentation forms, so only the Ukrainian title is compared letter for letter.
            if (lang == "uk") Assert.Contains("Щомісячнийзвітпрооперації", PdfText.Squeeze(text), StringComparison.Ordinal);
            foreach (var english in new[] { "Monthly operations report", "Land released", "Remaining", "Accidents" })
                Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }
}
