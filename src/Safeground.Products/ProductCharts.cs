using System.Globalization;
using ScottPlot;

namespace Safeground.Products;

/// <summary>
/// Charts for products: ScottPlot 5 drawn to PNG at about 170 dpi for the 180 mm text width (sharp in print, tens of
/// KB), in DejaVu Sans so Cyrillic labels print, figures in <see cref="Texts.Culture"/>.
/// </summary>
public static class ProductCharts
{
    private const int Width = 640, Height = 320;   // layout units, drawn at ScaleFactor 2: a 1280 × 640 PNG
    private static readonly Color[] Palette =
    [
        Color.FromHex("#2E6D9E"), Color.FromHex("#E0A526"), Color.FromHex("#3F9B48"), Color.FromHex("#C0392B"),
        Color.FromHex("#7B5EA7"), Color.FromHex("#5D6D7E"), Color.FromHex("#17A2B8"), Color.FromHex("#A0522D"),
    ];

    /// <summary>One bar per label, the value written above each bar.</summary>
    public static byte[] Bars(string title, IReadOnlyList<(string Label, double Value)> bars, string valueUnit)
    {
        ArgumentNullException.ThrowIfNull(bars);
        using var plot = NewPlot(title, valueUnit);
        var items = bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = b.Value,
            FillColor = Palette[0],
            LineWidth = 0,
            Label = Figure(b.Value),
        }).ToList();
        var barPlot = plot.Add.Bars(items);
        barPlot.ValueLabelStyle.FontSize = 11;
        barPlot.ValueLabelStyle.FontName = Fonts.Default;
        Categories(plot, bars.Select(b => b.Label).ToList());
        plot.Axes.Margins(bottom: 0, top: 0.15);
        return plot.GetImageBytes(Width * 2, Height * 2, ImageFormat.Png);
    }

    /// <summary>One stacked bar per category, one colour per series, with a legend.</summary>
    public static byte[] StackedBars(string title, IReadOnlyList<string> categories, IReadOnlyList<(string Series, IReadOnlyList<double> Values)> series, string valueUnit)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        using var plot = NewPlot(title, valueUnit);
        var bars = new List<Bar>();
        for (int c = 0; c < categories.Count; c++)
        {
            double bottom = 0;
            for (int s = 0; s < series.Count; s++)
            {
                double v = c < series[s].Values.Count ? series[s].Values[c] : 0;
                bars.Add(new Bar { Position = c, ValueBase = bottom, Value = bottom + v, FillColor = Palette[s % Palette.Length], LineWidth = 0 });
                bottom += v;
            }
        }
        plot.Add.Bars(bars);
        for (int s = 0; s < series.Count; s++)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Series, FillColor = Palette[s % Palette.Length] });
        plot.Legend.IsVisible = series.Count > 0;
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.Legend.FontName = Fonts.Default;
        plot.Legend.FontSize = 11;
        Categories(plot, categories);
        plot.Axes.Margins(bottom: 0, top: 0.1);
        return plot.GetImageBytes(Width * 2, Height * 2, ImageFormat.Png);
    }

    private static Plot NewPlot(string title, string valueUnit)
    {
        // Without a font that has the script, ScottPlot draws boxes or nothing, and raises no error.
        Fonts.Default = "DejaVu Sans";
        var plot = new Plot { ScaleFactor = 2 };
        plot.Title(title, size: 14);
        plot.Axes.Title.Label.FontName = Fonts.Default;
        plot.Axes.Left.Label.Text = valueUnit;
        plot.Axes.Left.Label.FontSize = 11;
        plot.Axes.Left.Label.FontName = Fonts.Default;
        plot.Axes.Left.TickLabelStyle.FontName = Fonts.Default;
        plot.Axes.Bottom.TickLabelStyle.FontName = Fonts.Default;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Figure, TargetTickCount = 5 };
        plot.Grid.XAxisStyle.IsVisible = false;
        return plot;
    }

    private static void Categories(Plot plot, IReadOnlyList<string> labels)
    {
        var ticks = labels.Select((l, i) => new Tick(i, l)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = labels.Count > 8 ? 9 : 11;
        if (labels.Any(l => l.Length > 12) && labels.Count > 4) plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        if (labels.Any(l => l.Length > 12) && labels.Count > 4) plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
    }

    private static string Figure(double value) =>
        Math.Abs(value) >= 100 || value == Math.Round(value)
            ? value.ToString("#,0", Texts.Culture)
            : value.ToString("#,0.##", Texts.Culture);
}
