using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Safeground.Cli.Output;

/// <summary>
/// Progress for long work: a Spectre progress bar on a terminal; plain lines on stderr every few
/// seconds when output is redirected (Spectre prints nothing there), so logs still show life.
/// </summary>
public static class LongWork
{
    public static T Run<T>(string title, double total, Func<Action<double, string>, T> work)
    {
        if (!Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            T result = default!;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(title), maxValue: Math.Max(total, 1));
                    result = work((value, label) =>
                    {
                        task.Value = Math.Min(value, total);
                        task.Description = Markup.Escape(Texts.Render("cli.progress.task", ("title", title), ("label", label)));
                    });
                    task.Value = task.MaxValue;
                });
            return result;
        }

        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        Console.Error.WriteLine(Texts.Render("cli.progress.started", ("title", title)));
        var r = work((value, label) =>
        {
            if (clock.Elapsed - last < TimeSpan.FromSeconds(2)) return;
            last = clock.Elapsed;
            var pct = total > 0 ? Texts.Render("format.percent", ("value", (value / total * 100).ToString("0", Texts.Culture))) : "";
            Console.Error.WriteLine(Texts.Render("cli.progress.line", ("title", title), ("percent", pct), ("label", label), ("seconds", clock.Elapsed.TotalSeconds.ToString("0", Texts.Culture))));
        });
        return r;
    }
}
