using System.Diagnostics;

namespace TodoFunctions.ChatEval.Running;

/// <summary>The git commit the engine was built from, with "+dirty" when functions/Chat has uncommitted changes.</summary>
public static class EngineVersion
{
    public static string Describe()
    {
        // The tool's own folder lies inside the worktree, so git finds the right repository from there.
        var root = Git(AppContext.BaseDirectory, "rev-parse --show-toplevel");
        var commit = root is null ? null : Git(root, "rev-parse --short HEAD");
        if (root is null || commit is null)
        {
            return "unknown";
        }

        var dirty = Git(root, "status --porcelain -- functions/Chat");
        return string.IsNullOrWhiteSpace(dirty) ? commit : commit + "+dirty";
    }

    private static string? Git(string directory, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = directory,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
