namespace Safeground.Storage.Contract.UseCases.Sync;

/// <summary>A clock that moves one second per reading from a fixed start: events on two sides never share a time by chance, and every run is the same.</summary>
internal sealed class TickingClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks;

    public override DateTimeOffset GetUtcNow() => start.AddSeconds(Interlocked.Increment(ref _ticks));
}
