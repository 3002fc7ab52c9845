namespace TodoFunctions.Bench;

/// <summary>Locates the repository (the folder holding Functions.sln) and the built executables.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Script(string name) => Path.Combine(Root, "tests", "servers", name);

    /// <summary>
    /// Copies the Release output of functions/Local and functions/Workers into <paramref name="root"/> so a
    /// rebuild in the working tree during the run cannot change the binaries under test.
    /// Returns the paths of the two entry assemblies. <paramref name="systemRoot"/> (default: this repository)
    /// is the checkout whose build output is used.
    /// </summary>
    public static (string HttpDll, string WorkerDll) Snapshot(string root, string? systemRoot) =>
        (SnapshotOf("Local", "TodoFunctions.Local.dll", root, systemRoot ?? Root),
         SnapshotOf("Workers", "TodoFunctions.Workers.dll", root, systemRoot ?? Root));

    private static string SnapshotOf(string project, string dll, string root, string systemRoot)
    {
        var output = Path.Combine(systemRoot, "functions", project, "bin", "Release", "net10.0");
        if (!File.Exists(Path.Combine(output, dll)))
        {
            throw new FileNotFoundException(
                $"{Path.Combine(output, dll)} is missing. Build it first: dotnet build functions/Local -c Release && dotnet build functions/Workers -c Release");
        }
        var target = Path.Combine(root, "bin", project);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        Progress.Say($"using {project} built {File.GetLastWriteTime(Path.Combine(output, dll)):yyyy-MM-dd HH:mm:ss} (copied to {target})");
        return Path.Combine(target, dll);
    }

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (Functions.sln).");
    }
}
