using Safeground.Storage.Contract.UseCases;

namespace Safeground.Storage.GeoPackage.Tests;

public sealed class MonthlyFiguresTests(DemoStoreFixture<GeoPackageKind> demo) : MonthlyFiguresTests<GeoPackageKind>(demo);
