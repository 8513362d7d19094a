using System.Globalization;
using Safeground.Core.Accidents;
using Safeground.Core.People;
using Safeground.Core.Rules;
using Safeground.Core.Status;

namespace Safeground.Products.Tests;

/// <summary>
/// The monthly report's risk-education and civilian-casualty sections and its reopened land, read back with PdfPig:
/// their figures are <c>status</c>'s for the same month, and a month without any says so in a sentence.
/// </summary>
public class MonthlyPeopleTests(MonthlyDemoStore demo) : IClassFixture<MonthlyDemoStore>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private string Text(DateOnly month, string? region = null, string? organisation = null)
    {
        using var output = new MemoryStream();
        MonthlyReport.Write(demo.Store, new MonthlyRequest(month.Year, month.Month, region, organisation), output);
        return PdfText.Squeezed(output.ToArray());
    }

    private IReadOnlyList<StatusLine> Months() =>
        StatusReport.Compute(demo.Store, StatusGrouping.Month, StatusFilter.None, StoredProgramme.Of(demo.Store)).Groups.Where(m => m.Key != "(none)").ToList();

    private static DateOnly Month(StatusLine line) => DateOnly.ParseExact(line.Key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private StatusLine Status(DateOnly month, StatusGrouping grouping = StatusGrouping.None) =>
        StatusReport.Compute(demo.Store, grouping, new StatusFilter(From: month, To: month.AddMonths(1).AddDays(-1)), StoredProgramme.Of(demo.Store)).Total;

    private static string Count(long n) => n.ToString("#,0", English);

    private static void Figure(string text, string label, long n) =>
        Assert.Contains(PdfText.Squeeze(label) + Count(n), text, StringComparison.Ordinal);

    [Fact]
    public void Risk_education_is_status_for_the_month_by_sex_age_disability_and_organisation()
    {
        using var _ = new Culture("en");
        var month = Month(Months().OrderByDescending(m => m.RiskEducation.Sessions).First());
        var eore = Status(month).RiskEducation;
        Assert.True(eore.Sessions > 1 && eore.Beneficiaries > 0, "the demo holds risk-education sessions");
        var text = Text(month);
        Figure(text, "Sessions held", eore.Sessions);
        Figure(text, "People reached", eore.Beneficiaries);
        Figure(text, "Women and girls", eore.BySex.GetValueOrDefault(Gender.Female));
        Figure(text, "Men and boys", eore.BySex.GetValueOrDefault(Gender.Male));
        Figure(text, "Children (under 18)", eore.ByAge.GetValueOrDefault(AgeBand.Child));
        Figure(text, "Adults (18–59)", eore.ByAge.GetValueOrDefault(AgeBand.Adult));
        Figure(text, "Older people (60 and over)", eore.ByAge.GetValueOrDefault(AgeBand.Older));
        Figure(text, "People with a disability", eore.WithDisability);
        Assert.DoesNotContain("Norisk-educationsession", text, StringComparison.Ordinal);

        // By organisation: each organisation that held sessions has its row, and the rows add up to the month.
        var byOrganisation = StatusReport.Compute(demo.Store, StatusGrouping.Organisation,
            new StatusFilter(From: month, To: month.AddMonths(1).AddDays(-1)), StoredProgramme.Of(demo.Store)).Groups.Where(g => g.RiskEducation.Sessions > 0).ToList();
        Assert.NotEmpty(byOrganisation);
        Assert.Equal(eore.Sessions, byOrganisation.Sum(g => g.RiskEducation.Sessions));
        var names = demo.Store.Organisations().ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        Assert.Contains("OrganisationSessionsPeoplereached", text, StringComparison.Ordinal);
        foreach (var line in byOrganisation)
        {
            // A long name wraps in its cell, and a row reads back line by line across its cells: its start is enough.
            var name = PdfText.Squeeze(names[line.Key]);
            Assert.Contains(name[..Math.Min(10, name.Length)], text, StringComparison.Ordinal);
        }

        // An organisation's report has only its own sessions.
        var one = byOrganisation.OrderBy(g => g.RiskEducation.Sessions).First();
        Figure(Text(month, organisation: one.Key), "Sessions held", one.RiskEducation.Sessions);
    }

    [Fact]
    public void Civilian_casualties_are_status_for_the_month_by_sex_age_and_activity()
    {
        using var _ = new Culture("en");
        var month = Month(Months().OrderByDescending(m => m.Civilians.Killed + m.Civilians.Injured).First());
        var civilians = Status(month).Civilians;
        Assert.True(civilians.Incidents > 0 && civilians.Killed + civilians.Injured > 0, "the demo holds civilian incidents");
        var text = Text(month);
        Figure(text, "Incidents", civilians.Incidents);
        Figure(text, "Civilians killed", civilians.Killed);
        Figure(text, "Civilians injured", civilians.Injured);
        Assert.Contains("SexAgebandKilledInjured", text, StringComparison.Ordinal);
        foreach (var (group, killed) in civilians.KilledBySexAndAge)
            Assert.Contains(PdfText.Squeeze(Core.Text.Words.Of(group.Sex)), text, StringComparison.Ordinal);
        Assert.Contains("ActivityatthetimeIncidents", text, StringComparison.Ordinal);
        // The font draws "fi" as one glyph (collecting ﬁrewood): compared with ligatures taken apart.
        var letters = text.Normalize(System.Text.NormalizationForm.FormKC);
        foreach (var (activity, n) in civilians.IncidentsByActivity)
            Assert.Contains(PdfText.Squeeze(MonthlyPeople.Activity(activity)) + Count(n), letters, StringComparison.Ordinal);
        Assert.DoesNotContain("Nociviliancasualtyincident", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reopened_land_is_shown_and_deducted_where_the_released_figures_are()
    {
        using var _ = new Culture("en");
        var line = Months().FirstOrDefault(m => m.ReopenedM2 > 0);
        Assert.NotNull(line); // the demo's failed QC sample reopens land
        var month = Month(line);
        var status = Status(month);
        Assert.True(status.ReopenedM2 > 0);
        var text = Text(month);
        string Area(double m2) => (m2 / 10_000).ToString("#,0.00", English) + "ha(" + m2.ToString("#,0", English) + "m²)";
        Assert.Contains("Lesslandreopened(hazardousagain)" + Area(status.ReopenedM2), text, StringComparison.Ordinal);
        Assert.Contains("Releasedinall" + Area(status.ReleasedM2), text, StringComparison.Ordinal);
        Assert.Equal(status.CancelledM2 + status.ReducedM2 + status.ClearedM2 - status.ReopenedM2, status.ReleasedM2, 6);
    }

    [Fact]
    public void A_month_without_sessions_or_incidents_says_so_in_a_sentence_not_an_empty_table()
    {
        using var _ = new Culture("en");
        var text = Text(new DateOnly(2000, 1, 1));
        Assert.Contains("Norisk-educationsessionwasheldinthemonth.", text, StringComparison.Ordinal);
        Assert.Contains("Nociviliancasualtyincidenthappenedinthemonth.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sessionsheld", text, StringComparison.Ordinal);
        Assert.DoesNotContain("OrganisationSessions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Activityatthetime", text, StringComparison.Ordinal);
        Assert.Contains("Lesslandreopened(hazardousagain)0.00ha(0m²)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_ukrainian_the_new_sections_are_in_ukrainian()
    {
        var month = Month(Months().OrderByDescending(m => m.RiskEducation.Sessions + m.Civilians.Incidents).First());
        using var _ = new Culture("uk");
        var text = Text(month);
        Assert.Contains("Навчанняризикам", text, StringComparison.Ordinal);
        Assert.Contains("Постраждалісередцивільних", text, StringComparison.Ordinal);
        foreach (var english in new[] { "Risk", "Sessions", "Civilian", "reopened" })
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
    }
}
