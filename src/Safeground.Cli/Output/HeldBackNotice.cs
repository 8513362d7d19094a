namespace Safeground.Cli.Output;

/// <summary>The line a bulk load (demo, import) ends with when it held reports back, pointing at the review queue.</summary>
public static class HeldBackNotice
{
    public static string? Of(long heldBack) => heldBack == 0 ? null
        : Texts.Render(heldBack == 1 ? "cli.held-back.one" : "cli.held-back.many", ("count", heldBack));
}
