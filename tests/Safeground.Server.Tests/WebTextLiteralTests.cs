using System.Text.RegularExpressions;

namespace Safeground.Server.Tests;

/// <summary>
/// No sentence a user reads is written in the web app's code: in web/src/**/*.js (not the generated api-types.js,
/// not the locales), a string literal with two words in a row, after taking out a template's ${…} holes, fails
/// unless the allowlist below says why it may stay. The words belong in web/src/locales/en.json, read through t().
/// </summary>
public partial class WebTextLiteralTests
{
    // (file, fragment of the literal): literals with words that are not text for a reader.
    private static readonly (string File, string Literal)[] Allowed =
    [
        // CSS class lists (the legend's swatches, the issue styles, a link styled as a button).
        ("web/src/views/map-view.js", "swatch "),
        ("web/src/views/map-view.js", "dot "),
        ("web/src/views/review.js", "swatch "),
        ("web/src/views/my-reports.js", "button correct"),
        ("web/src/views/report-form.js", "issue error"),
        // WKT written into the report JSON: the server reads it, nobody else.
        ("web/src/forms/rows.js", "POINT EMPTY"),
        ("web/src/forms/point-field.js", "POINT EMPTY"),
    ];

    [Fact]
    public void The_web_app_writes_no_sentence_in_code()
    {
        var found = new List<string>();
        foreach (var file in WebTextScript.Sources())
        {
            var relative = WebTextScript.Relative(file);
            if (relative.StartsWith("web/src/locales/", StringComparison.Ordinal)) continue;
            foreach (var literal in WebTextScript.Literals(File.ReadAllText(file)))
            {
                if (!Sentence().IsMatch(literal.Text)) continue;
                if (Allowed.Any(a => a.File == relative && literal.Text.Contains(a.Literal, StringComparison.Ordinal))) continue;
                found.Add($"{relative}:{literal.Line}: {literal.Text}");
            }
        }
        Assert.True(found.Count == 0, "user-facing text written in code (put it in web/src/locales/en.json and use t()):\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_scanner_finds_a_sentence_written_in_code()
    {
        // A hard-coded sentence with a hole, beside code the scanner must not misread: an apostrophe in a comment,
        // quotes and a backtick inside a regular expression, a division, and an id passed to t().
        const string code = """
            // the hazard's status: it isn't a string
            const fold = (s) => s.replace(/['’`\-\s]/g, '').length / 2;
            status.textContent = t('web.map.search.nothing', { text });
            ui.hazardInfo.textContent = `No hazard ${id} is recorded.`;
            """;
        var literals = WebTextScript.Literals(code);
        var sentences = literals.Where(l => Sentence().IsMatch(l.Text)).ToList();
        var sentence = Assert.Single(sentences);
        Assert.Equal(4, sentence.Line);
        Assert.Equal("No hazard  is recorded.", sentence.Text);
        Assert.Contains(literals, l => l.Text == "web.map.search.nothing");
    }

    [Fact]
    public void The_scanner_reads_literals_inside_a_template_hole()
    {
        // A sentence hidden in a hole of a template that is itself no sentence.
        var literals = WebTextScript.Literals("el('p', {}, `${ok ? 'All is well here' : ''}`);");
        Assert.Contains(literals, l => l.Text == "All is well here");
    }

    [GeneratedRegex(@"[A-Za-z]{2,}\s+[A-Za-z]{2,}")]
    private static partial Regex Sentence();
}
