using Safeground.Storage.Contract.UseCases;
using Safeground.Storage.Contract.UseCases.Sync;

// Core's use cases (tests/Safeground.Storage.Contract/UseCases) on the memory store: the same tests run on GeoPackage
// (GeoPackage.Tests) and PostGIS (PostGis.Tests).
namespace Safeground.Core.Tests.UseCases;

public sealed class ReportLifecycleTests : ReportLifecycleTests<MemoryKind>;

public sealed class LandReleaseLifecycleTests : LandReleaseLifecycleTests<MemoryKind>;

public sealed class QualityManagementTests : QualityManagementTests<MemoryKind>;

public sealed class HistoricalReleaseImportTests : HistoricalReleaseImportTests<MemoryKind>;

public sealed class AccidentImportTests : AccidentImportTests<MemoryKind>;
public sealed class OrdnanceCatalogueUseCaseTests : OrdnanceCatalogueTests<MemoryKind>;

public sealed class RiskEducationTests : RiskEducationTests<MemoryKind>;
public sealed class CasualtyIncidentTests : CasualtyIncidentTests<MemoryKind>;
public sealed class IncidentImportTests : IncidentImportTests<MemoryKind>;

public sealed class ReferenceEditorTests : ReferenceEditorTests<MemoryKind>;

public sealed class ReferenceRefusalTests : ReferenceRefusalTests<MemoryKind>;

public sealed class ReportCheckTests : ReportCheckTests<MemoryKind>;

public sealed class CorrectionAccessTests : CorrectionAccessTests<MemoryKind>;

public sealed class SubmitterTests : SubmitterTests<MemoryKind>;

public sealed class RollupTests : RollupTests<MemoryKind>;

public sealed class ContaminationRollupTests : ContaminationRollupTests<MemoryKind>;

public sealed class RollupFilterTests(DemoStoreFixture<MemoryKind> demo) : RollupFilterTests<MemoryKind>(demo);

public sealed class TreatyFiguresTests(DemoStoreFixture<MemoryKind> demo) : TreatyFiguresTests<MemoryKind>(demo);

public sealed class RegionByTypeRollupTests : RegionByTypeRollupTests<MemoryKind>;

public sealed class RecordedOperationsTests : RecordedOperationsTests<MemoryKind>;

public sealed class RuleCaseTests : RuleCaseTests<MemoryKind>;

public sealed class StoredRulesPropertyTests : StoredRulesPropertyTests<MemoryKind>;

public sealed class FieldKitSyncTests : FieldKitSyncTests<MemoryKind>;

public sealed class PersonalDataSyncTests : PersonalDataSyncTests<MemoryKind>;
