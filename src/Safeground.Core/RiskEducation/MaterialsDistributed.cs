namespace Safeground.Core.RiskEducation;

/// <summary>How many of one item (leaflets, posters, colouring books) a session handed out.</summary>
public sealed record MaterialsDistributed(string Item, int Quantity);
