using System.Globalization;
using Safeground.Core.Text;

namespace Safeground.Core.Tests.Text;

/// <summary>A reader's wish (LANG, --lang, Accept-Language) becomes the UI culture Texts speaks in; data stays invariant.</summary>
public class LanguagesTests
{
    [Theory]
    [InlineData("uk_UA.UTF-8", "uk-UA")]
    [InlineData("uk", "uk")]
    [InlineData("ru_RU.utf8", "ru-RU")]
    [InlineData("ar_IQ.UTF-8", "ar-IQ")]
    [InlineData("fr-CD", "fr-CD")]
    [InlineData("es_CO", "es-CO")]
    [InlineData("pt_AO.UTF-8@euro", "pt-AO")]
    [InlineData("bs_BA.UTF-8", "bs-BA")]
    [InlineData("EN", "en")]
    [InlineData("uk-ZZ123", "uk")] // a region ICU does not know: the language (not a new culture cached for good)
    [InlineData("uk_QQ.UTF-8", "uk")]
    public void A_locale_names_the_language_and_its_region(string wish, string culture) =>
        Assert.Equal(CultureInfo.GetCultureInfo(culture).Name, Languages.Find(wish)!.Name);

    [Theory]
    [InlineData("C")]
    [InlineData("POSIX")]
    [InlineData("C.UTF-8")]
    [InlineData("de_DE.UTF-8")]
    [InlineData("")]
    [InlineData(null)]
    public void No_language_or_one_safeground_does_not_speak_is_no_wish(string? wish) => Assert.Null(Languages.Find(wish));

    [Fact]
    public void The_pseudo_language_marks_every_text_and_keeps_what_code_reads()
    {
        var pseudo = Languages.Find("qps")!;
        Assert.True(Languages.IsPseudo(pseudo));
        Assert.Equal("⟦Ŕêƥöŕţ {report} [bold]ŵáš[/] ⟦{area, m2}⟧⟧", PseudoText.Of("x", "Report {report} [bold]was[/] ⟦{area, m2}⟧"));
        Assert.Equal("yyyy-MM-dd", PseudoText.Of("format.date", "yyyy-MM-dd"));
        var (before, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentUICulture = pseudo;
            var text = Texts.Render("rule.report-before-hazard", ("report", "R-1"), ("date", new DateOnly(2024, 1, 2)), ("hazard", "HA-1"), ("recorded", new DateOnly(2024, 3, 4)));
            Assert.StartsWith("⟦ŕêƥöŕţ R-1 îš ðáţêð 2024-01-02", text, StringComparison.Ordinal);
            Assert.EndsWith("⟧", text, StringComparison.Ordinal);
            Assert.Equal("⟦1,234.5 ɱ²⟧", Texts.Render("format.m2", ("value", "1,234.5")));
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, ui); }
    }

    [Fact]
    public void A_language_without_an_id_falls_back_to_english_for_that_id()
    {
        var (before, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = Texts.Render("word.none");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE"); // not a language of Safeground
            Assert.Equal(english, Texts.Render("word.none"));
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, ui); }
    }
}
