namespace TodoFunctions.Testing;

public static class RepoPaths
{
    /// <summary>The repository root (the folder holding Functions.sln), found from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Servers => Path.Combine(Root, "tests", "servers");

    /// <summary>Debug or Release: whichever the tests themselves were built with.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static string ProjectOutput(string project, string assembly) =>
        Path.Combine(Root, "functions", project, "bin", Configuration, "net10.0", assembly);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find Functions.sln above " + AppContext.BaseDirectory);
    }
}
