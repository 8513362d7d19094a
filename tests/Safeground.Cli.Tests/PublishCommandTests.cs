using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;
using UglyToad.PdfPig;

namespace Safeground.Cli.Tests;

/// <summary><c>safeground publish certificate|accident</c> end to end on the planted demo store.</summary>
public sealed class PublishCommandTests(PlantedStore planted) : IClassFixture<PlantedStore>
{
    private static string PdfText(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }

    [Fact]
    public void A_certificate_is_written_for_a_released_hazard_and_refused_for_land_still_hazardous()
    {
        using var dir = new TempDir();
        var store = planted.CopyTo(dir);
        string closed, open;
        using (var s = GeoPackageStore.Open(dir.File(store), create: false))
        {
            closed = s.Hazards().First(h => h.Status == HazardStatus.Closed).HazardId;
            open = s.Hazards().First(h => h.Status != HazardStatus.Closed).HazardId;
        }
        var made = CliRun.Run(dir.Path, "publish", "certificate", closed, "--out", "cert.pdf", "--store", store);
        Assert.True(made.ExitCode == 0, made.ToString());
        Assert.Contains("Wrote cert.pdf", made.Stdout, StringComparison.Ordinal);
        Assert.Contains(closed, PdfText(dir.File("cert.pdf")), StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("cert.pdf.tmp")));

        var refused = CliRun.Run(dir.Path, "publish", "certificate", open, "--out", "open.pdf", "--store", store);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"hazard {open} is not released yet", refused.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("open.pdf")));
        Assert.False(File.Exists(dir.File("open.pdf.tmp")));
    }

    [Fact]
    public void An_accident_report_names_victims_only_for_an_admin_who_releases_personal_data()
    {
        using var dir = new TempDir();
        var store = planted.CopyTo(dir);
        var plain = CliRun.Run(dir.Path, "publish", "accident", PlantedStore.Approved, "--out", "plain.pdf", "--store", store);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        var text = PdfText(dir.File("plain.pdf"));
        Assert.Contains(PlantedStore.Approved, text, StringComparison.Ordinal);
        Assert.Empty(PlantedStore.Found(text, PlantedStore.Personal));

        var named = CliRun.RunWithInput(dir.Path, PlantedStore.Password + "\n",
            "publish", "accident", PlantedStore.Approved, "--out", "named.pdf", "--store", store, "--include-personal-data", "--admin", "admin.own", "--password-stdin");
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Contains("Quorrbeck", PdfText(dir.File("named.pdf")), StringComparison.Ordinal);

        var noAdmin = CliRun.Run(dir.Path, "publish", "accident", PlantedStore.Approved, "--out", "x.pdf", "--store", store, "--include-personal-data");
        Assert.Equal(1, noAdmin.ExitCode);
        Assert.False(File.Exists(dir.File("x.pdf")));
    }
}
