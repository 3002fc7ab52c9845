namespace TodoFunctions.Testing;

public static class RepoPaths
{
    /// <summary>The repository root (the folder holding Functions.sln), found from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Servers => Path.Combine(Root, "tests", "servers");

    /// <summary>
    /// The team's chat dev set: CHAT_EVAL_CASES, or shared/eval/chat-dev.jsonl found beside or above the
    /// repository (CI clones the repo next to a copy of shared/).
    /// </summary>
    public static string ChatDevCases
    {
        get
        {
            if (Environment.GetEnvironmentVariable("CHAT_EVAL_CASES") is { Length: > 0 } given)
            {
                return given;
            }
            for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "eval", "chat-dev.jsonl");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            throw new FileNotFoundException("shared/eval/chat-dev.jsonl not found above " + Root + "; set CHAT_EVAL_CASES.");
        }
    }

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
