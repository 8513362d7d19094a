namespace Safeground.Demo;

/// <summary>How much demo data to generate.</summary>
public enum DemoScale
{
    /// <summary>One 120-day deployment of a few teams in a border region of Kharkiv oblast: a few hundred hazards.</summary>
    Operation,
    /// <summary>A national picture: 100,000+ hazards and 1,000,000+ finds across Ukraine's contaminated oblasts, streamed.</summary>
    National,
    /// <summary>
    /// One corner of <see cref="National"/>, where Kharkiv, Donetsk and Luhansk oblasts meet (about a thousand hazards,
    /// no call-outs): the same hazards, ids and planted mistakes, small enough to check in a test.
    /// </summary>
    NationalCorner,
}
