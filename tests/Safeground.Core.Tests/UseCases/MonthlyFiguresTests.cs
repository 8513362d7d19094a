using Safeground.Storage.Contract.UseCases;

namespace Safeground.Core.Tests.UseCases;

public sealed class MonthlyFiguresTests(DemoStoreFixture<MemoryKind> demo) : MonthlyFiguresTests<MemoryKind>(demo);
