using Safeground.Storage.Contract.UseCases;
using Safeground.Storage.Contract.UseCases.Sync;

// Core's use cases (tests/Safeground.Storage.Contract/UseCases) on PostGIS: the same tests run on memory (Core.Tests)
// and GeoPackage (GeoPackage.Tests).
namespace Safeground.Storage.PostGis.Tests.UseCases;

public sealed class ReportLifecycleTests : ReportLifecycleTests<PostGisKind>;

public sealed class LandReleaseLifecycleTests : LandReleaseLifecycleTests<PostGisKind>;

public sealed class QualityManagementTests : QualityManagementTests<PostGisKind>;

public sealed class HistoricalReleaseImportTests : HistoricalReleaseImportTests<PostGisKind>;

public sealed class AccidentImportTests : AccidentImportTests<PostGisKind>;
public sealed class OrdnanceCatalogueUseCaseTests : OrdnanceCatalogueTests<PostGisKind>;

public sealed class RiskEducationTests : RiskEducationTests<PostGisKind>;
public sealed class CasualtyIncidentTests : CasualtyIncidentTests<PostGisKind>;
public sealed class IncidentImportTests : IncidentImportTests<PostGisKind>;

public sealed class ReferenceEditorTests : ReferenceEditorTests<PostGisKind>;

public sealed class ReferenceRefusalTests : ReferenceRefusalTests<PostGisKind>;

public sealed class ReportCheckTests : ReportCheckTests<PostGisKind>;

public sealed class CorrectionAccessTests : CorrectionAccessTests<PostGisKind>;

public sealed class SubmitterTests : SubmitterTests<PostGisKind>;

public sealed class RollupTests : RollupTests<PostGisKind>;

public sealed class ContaminationRollupTests : ContaminationRollupTests<PostGisKind>;

public sealed class RollupFilterTests(DemoStoreFixture<PostGisKind> demo) : RollupFilterTests<PostGisKind>(demo);

public sealed class RecordedOperationsTests : RecordedOperationsTests<PostGisKind>;

public sealed class RuleCaseTests : RuleCaseTests<PostGisKind>;

public sealed class StoredRulesPropertyTests : StoredRulesPropertyTests<PostGisKind>;

public sealed class FieldKitSyncTests : FieldKitSyncTests<PostGisKind>;

public sealed class PersonalDataSyncTests : PersonalDataSyncTests<PostGisKind>;
