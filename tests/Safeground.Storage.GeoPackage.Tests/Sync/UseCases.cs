using Safeground.Storage.Contract.UseCases.Sync;

// Field kit sync (tests/Safeground.Storage.Contract/UseCases/Sync) between two GeoPackage files.
namespace Safeground.Storage.GeoPackage.Tests.Sync;

public sealed class FieldKitSyncTests : FieldKitSyncTests<GeoPackageKind>;

public sealed class PersonalDataSyncTests : PersonalDataSyncTests<GeoPackageKind>;
