using Safeground.Core.Reports;

namespace Safeground.Server.Api;

/// <summary>
/// Victims' names, dates of birth and addresses are personal data (IMAS 10.60): a report leaves without them
/// unless <see cref="Core.Access.AccessPolicy.CanSeePersonalData"/> allows the caller (data managers and admins of the
/// authority or of the report's organisation). The stored report is untouched; only the response is redacted.
/// </summary>
internal static class PersonalData
{
    public static Report Redact(Report report) => Core.Accidents.PersonalData.Withhold(report);
}
