namespace Safeground.Demo;

/// <summary>
/// Mistakes the demo makes on purpose, one hazard each, so that <c>safeground check</c> has something true
/// to find (docs/user-guide.md lists them). Everything else in the demo is by the rules.
/// </summary>
internal enum DemoPlant
{
    None,
    /// <summary>A clearance lane drawn 25 m wider than the hazard on each side: release-outside-hazard.</summary>
    LaneFarPastEdge,
    /// <summary>A manual progress report with a digit dropped from its deminer-days: productivity-manual.</summary>
    EffortDigitDropped,
    /// <summary>A find whose latitude was typed wrong, about 330 m outside its hazard: find-outside-activity.</summary>
    FindFarOutside,
    /// <summary>National: a hazard recorded a second time by another team, the same polygon: hazard-duplicate.</summary>
    SurveyedTwice,
    /// <summary>National: a hazard recorded a second time, drawn 40 m east of the first: hazard-overlap.</summary>
    RedrawnBeside,
    /// <summary>National: a point digitised as a 0.5 m square hazard: geometry-degenerate.</summary>
    PointAsArea,
}
