using Safeground.Storage.Contract.UseCases;

// Core's use cases (tests/Safeground.Storage.Contract/UseCases) on GeoPackage files: the same tests run on memory
// (Core.Tests) and PostGIS (PostGis.Tests).
namespace Safeground.Storage.GeoPackage.Tests;

public sealed class ReportLifecycleTests : ReportLifecycleTests<GeoPackageKind>;

public sealed class LandReleaseLifecycleTests : LandReleaseLifecycleTests<GeoPackageKind>;

public sealed class QualityManagementTests : QualityManagementTests<GeoPackageKind>;

public sealed class HistoricalReleaseImportTests : HistoricalReleaseImportTests<GeoPackageKind>;

public sealed class AccidentImportTests : AccidentImportTests<GeoPackageKind>;
public sealed class OrdnanceCatalogueUseCaseTests : OrdnanceCatalogueTests<GeoPackageKind>;

public sealed class RiskEducationTests : RiskEducationTests<GeoPackageKind>;
public sealed class CasualtyIncidentTests : CasualtyIncidentTests<GeoPackageKind>;
public sealed class IncidentImportTests : IncidentImportTests<GeoPackageKind>;

public sealed class ReferenceEditorTests : ReferenceEditorTests<GeoPackageKind>;

public sealed class ReferenceRefusalTests : ReferenceRefusalTests<GeoPackageKind>;

public sealed class ReportCheckTests : ReportCheckTests<GeoPackageKind>;

public sealed class CorrectionAccessTests : CorrectionAccessTests<GeoPackageKind>;

public sealed class SubmitterTests : SubmitterTests<GeoPackageKind>;

public sealed class RollupTests : RollupTests<GeoPackageKind>;

public sealed class ContaminationRollupTests : ContaminationRollupTests<GeoPackageKind>;

public sealed class RollupFilterTests(DemoStoreFixture<GeoPackageKind> demo) : RollupFilterTests<GeoPackageKind>(demo);

public sealed class RecordedOperationsTests : RecordedOperationsTests<GeoPackageKind>;

public sealed class RuleCaseTests : RuleCaseTests<GeoPackageKind>;

public sealed class StoredRulesPropertyTests : StoredRulesPropertyTests<GeoPackageKind>;
