namespace Safeground.Core.Import;

/// <summary>Who imports, on whose behalf, and how input properties map to Safeground's fields.</summary>
public sealed record ImportOptions(
    string SourceName,
    string IdPrefix,
    string OrganisationId,
    string ImportedBy,
    DateOnly DateOfInformation,
    DateTimeOffset ImportedAt,
    FieldMapping Mapping,
    string? Region = null);
