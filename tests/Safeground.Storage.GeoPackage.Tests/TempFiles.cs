namespace Safeground.Storage.GeoPackage.Tests;

/// <summary>A temporary directory per test class instance, deleted with it.</summary>
public sealed class TempFiles : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("sg-gpkg-").FullName;

    public string Path(string name) => System.IO.Path.Combine(Directory, name);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the OS temp cleaner gets it.
        }
    }
}
