namespace Safeground.Storage.Contract.UseCases;

/// <summary>A clock stopped at one instant, so that "in the future" means the same thing in every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
