using System.Diagnostics;
using System.Reflection;

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
            // Built to a folder outside the worktree ("-o /tmp/ce"): the commit the SDK stamped into the build ("1.0.0+<sha>"),
            // without knowing whether functions/Chat had uncommitted changes then.
            return BuiltFrom() is { } built ? built + " (stamped at build)" : "unknown";
        }

        var dirty = Git(root, "status --porcelain -- functions/Chat");
        return string.IsNullOrWhiteSpace(dirty) ? commit : commit + "+dirty";
    }

    private static string? BuiltFrom()
    {
        var informational = typeof(EngineVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var plus = informational?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        return plus < 0 || informational!.Length - plus - 1 < 7 ? null : informational.Substring(plus + 1, 7);
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
