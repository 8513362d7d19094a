namespace Safeground.Core.Storage;

/// <summary>A hint for the store: a bulk write (import, demo) may defer index maintenance to the commit.</summary>
public enum WriteMode
{
    Normal,
    Bulk,
}
