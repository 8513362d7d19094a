namespace Safeground.Core.Storage;

/// <summary>The projection layers a store publishes as features (GeoPackage feature tables, OGC API collections).</summary>
public enum FeatureLayer
{
    /// <summary>Hazardous areas: the polygon still hazardous, class, status and the land-release ledger.</summary>
    Hazards,

    /// <summary>Land released, one feature per release event.</summary>
    Released,

    /// <summary>Explosive ordnance found, one feature per find of an approved report.</summary>
    Finds,

    /// <summary>Accidents, with victim counts only.</summary>
    Accidents,

    /// <summary>Risk-education sessions, with their audience counted (never named).</summary>
    RiskEducation,

    /// <summary>Civilian casualty incidents, with the people killed and injured counted (never named).</summary>
    Incidents,
}
