namespace TodoFunctions.Bench;

/// <summary>Locates the repository (the folder holding Functions.sln) and the built executables.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Script(string name) => Path.Combine(Root, "tests", "servers", name);

    public const string WorkerDll = "TodoFunctions.Workers.dll";

    /// <summary>The apphost of a self-contained publish, what the image's ENTRYPOINT runs.</summary>
    public const string WorkerExecutable = "TodoFunctions.Workers";

    /// <summary>
    /// Copies the Release output of functions/Local into <paramref name="root"/> so a rebuild in the working
    /// tree during the run cannot change the binaries under test. Returns the entry assembly's path.
    /// <paramref name="systemRoot"/> (default: this repository) is the checkout whose build output is used.
    /// </summary>
    public static string SnapshotHttp(string root, string? systemRoot) =>
        SnapshotOf("Local", "TodoFunctions.Local.dll", root, systemRoot ?? Root);

    /// <summary>
    /// The worker as functions/Workers/Dockerfile builds it: self-contained, composite ReadyToRun, published into
    /// <paramref name="root"/>; or an existing publish folder (<c>--worker-publish</c>). Returns the executable
    /// to start (the apphost, or the entry assembly of a framework-dependent publish).
    /// </summary>
    public static async Task<string> PublishWorkerAsync(string root, string? systemRoot, string? existing, CancellationToken cancellationToken)
    {
        if (existing is not null)
        {
            var given = Path.Combine(existing, WorkerExecutable);
            if (!File.Exists(given))
            {
                given = Path.Combine(existing, WorkerDll);
            }
            if (!File.Exists(given))
            {
                throw new FileNotFoundException($"--worker-publish: {given} is missing.");
            }
            Progress.Say($"using the published worker in {existing} (published {File.GetLastWriteTime(given):yyyy-MM-dd HH:mm:ss})");
            return given;
        }
        var project = Path.Combine(systemRoot ?? Root, "functions", "Workers", "Workers.csproj");
        var output = Path.Combine(root, "publish", "Workers");
        var arch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        Progress.Say($"publishing {project} (Release, self-contained, composite ReadyToRun, -a {arch}) into {output}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Shell.RunAsync("dotnet",
            ["publish", project, "-c", "Release", "-a", arch, "--self-contained", "true", "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true", "-o", output, "-v", "q", "-nologo"],
            new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" }, TimeSpan.FromMinutes(15), cancellationToken);
        Progress.Say($"worker published in {clock.Elapsed.TotalSeconds:F0} s");
        return Path.Combine(output, WorkerExecutable);
    }

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
