namespace Safeground.Products;

/// <summary>Which hazard's completion and handover certificate to make.</summary>
public sealed record CertificateRequest(string HazardId);
