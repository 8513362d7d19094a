namespace Safeground.Cli.Output;

/// <summary>The line a bulk load (demo, import) ends with when it held reports back, pointing at the review queue.</summary>
public static class HeldBackNotice
{
    public static string? Of(long heldBack) => heldBack == 0 ? null
        : $"{Units.Count(heldBack)} report{(heldBack == 1 ? "" : "s")} held back: error flags; see `safeground report list --status submitted`";
}
