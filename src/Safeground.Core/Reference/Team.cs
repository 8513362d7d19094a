namespace Safeground.Core.Reference;

/// <summary>A field team of an organisation: its main asset and how many people (or machines, or dog pairs) it has.</summary>
public sealed record Team(string Id, string OrganisationId, string Name, AssetKind Asset, int Size);
