namespace EditLint.Tests;

/// <summary>Finds the repository's own files (docs, samples, rules) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EditLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with EditLint.sln) was not found above " + AppContext.BaseDirectory);
    }
}
