using System.Text;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract;

// Payload versions (ReportVersions): what a store holds from before versions existed (no "v") reads back as it did,
// next to payloads written now ("v" first), and a report sent again still counts as the same report.
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void A_payload_stored_before_versions_reads_back_next_to_a_versioned_one_and_a_resubmission_repeats_it()
    {
        using var store = CreateStore();
        var legacy = ContractData.NtsCreate();
        var current = ContractData.TsReduce();
        var written = ReportJson.Serialize(legacy);
        Assert.StartsWith($"{{\"{ReportVersions.Property}\":{ReportVersions.Current},", written, StringComparison.Ordinal);
        var unversioned = "{" + written[(written.IndexOf(',', StringComparison.Ordinal) + 1)..]; // exactly as stored before
        Write(store, tx =>
        {
            tx.AddReport(legacy, ContractData.Submitted(legacy), Encoding.UTF8.GetBytes(unversioned));
            tx.Record(ContractData.Approved(legacy));
            tx.AddReport(current, ContractData.Submitted(current));
        });
        AssertSameReport(legacy, store.FindReport(legacy.Id)!.Report);
        AssertSameReport(current, store.FindReport(current.Id)!.Report);
        Assert.Equal([legacy.Id, current.Id], store.ReportsOfHazard(ContractData.Hazard).Select(r => r.Report.Id));
        Assert.Equal([legacy.Id, current.Id], store.ReportHeaders().Select(h => h.Id));
        // What a resubmission compares (Submission.Repeated): both sides written now, so an old payload still matches.
        Assert.Equal(written, ReportJson.Serialize(store.FindReport(legacy.Id)!.Report));
        Assert.NotEqual(ReportJson.Serialize(legacy with { SupersedeReason = "changed" }), ReportJson.Serialize(store.FindReport(legacy.Id)!.Report));
    }
}
