using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Core.Storage;

/// <summary>One write transaction. Nothing is visible to readers, and nothing is kept, until <see cref="Commit"/>.</summary>
public interface IStoreTransaction : IDisposable
{
    void Put(Organisation organisation);
    void Put(Team team);
    void Put(Deployment deployment);

    /// <summary>Adds an ordnance model to the catalogue, or replaces the one with its id (<see cref="Ordnance.OrdnanceModel.Id"/>).</summary>
    void Put(Ordnance.OrdnanceModel model);

    /// <summary>Takes a model out of the catalogue (a rename writes it again under its new id); an unknown id is ignored.</summary>
    void RemoveOrdnanceModel(string id);

    /// <summary>Replaces the whole set of administrative regions (an import of boundaries is the new set). Names must be unique.</summary>
    void ReplaceRegions(IEnumerable<Region> regions);

    /// <summary>Stores a new report with its first event (usually <see cref="ReportStatus.Submitted"/>). A duplicate id is a conflict.</summary>
    /// <param name="report">The report.</param>
    /// <param name="firstEvent">Its first lifecycle event.</param>
    /// <param name="payloadUtf8">The report already serialized by <see cref="ReportJson.SerializeToUtf8"/>, so that a bulk
    /// load can do that work on another thread; it must be exactly that serialization of <paramref name="report"/>.
    /// Empty (the default): the store serializes the report itself.</param>
    void AddReport(Report report, ReportEvent firstEvent, ReadOnlyMemory<byte> payloadUtf8 = default);

    /// <summary>Appends a lifecycle event and moves the report's current status to it.</summary>
    void Record(ReportEvent reportEvent);

    /// <summary>Inserts or replaces a hazard's projection, with its released areas.</summary>
    void PutHazard(HazardState hazard);

    /// <summary>Adds the finds of one approved report (projection rows).</summary>
    void AddFinds(IEnumerable<FindRecord> finds);

    /// <summary>Removes the finds of a report (when it is superseded).</summary>
    void RemoveFinds(string reportId);

    void PutAccident(AccidentRecord accident);

    void RemoveAccident(string reportId);

    /// <summary>Inserts or replaces the projection row of an approved risk-education session.</summary>
    void PutRiskEducation(RiskEducation.RiskEducationRecord session);

    /// <summary>Removes the risk-education row of a report (when it is superseded).</summary>
    void RemoveRiskEducation(string reportId);

    /// <summary>Inserts or replaces the projection row of an approved civilian casualty incident.</summary>
    void PutIncident(Casualties.IncidentRecord incident);

    /// <summary>Removes the incident row of a report (when it is superseded).</summary>
    void RemoveIncident(string reportId);

    /// <summary>Deletes every projection (hazards, released areas, finds, accidents) before a rebuild from the reports.</summary>
    void ClearProjections();

    void Commit();

    /// <summary>Adds a user with its password hash (<see cref="Access.PasswordHasher"/>); an existing username is a conflict.</summary>
    void AddUser(Access.User user, string passwordHash);

    /// <summary>Disables (or enables again) a user; an unknown username is NotFound.</summary>
    void SetDisabled(string username, bool disabled);

    /// <summary>Stores a session or API token (its hash only); the user must exist.</summary>
    void AddToken(Access.AccessToken token);

    /// <summary>Revokes a token (logout); an unknown hash is ignored.</summary>
    void RevokeToken(string hash);

    /// <summary>Records that the token let a request in at <paramref name="at"/>; an unknown hash is ignored.</summary>
    void MarkTokenUsed(string hash, DateTimeOffset at);

    /// <summary>Replaces a user's password hash; an unknown username is NotFound.</summary>
    void SetPassword(string username, string passwordHash);

    /// <summary>Appends a line to the audit log. Lines are never changed or deleted.</summary>
    void AppendAudit(Access.AuditEntry entry);

    /// <summary>
    /// Records a new version of the programme's rules (numbered one after the last; the text is kept byte for byte), which
    /// the store runs on from this transaction's commit. Versions are never changed or deleted.
    /// </summary>
    Rules.StoredRules AddRules(string json, string setBy, DateTimeOffset setAt, string? note);
}
