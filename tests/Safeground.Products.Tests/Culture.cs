using System.Globalization;

namespace Safeground.Products.Tests;

/// <summary>Sets the UI language for one test (the language products are written in) and puts the old one back.</summary>
public sealed class Culture : IDisposable
{
    private readonly CultureInfo previous = CultureInfo.CurrentUICulture;

    public Culture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = previous;
}
