using System.Text.RegularExpressions;

namespace TodoFunctions.Bench;

/// <summary>Summarises the warnings and errors the HTTP and worker processes logged (their logs are deleted after a run).</summary>
public static partial class ProcessLogs
{
    public static IReadOnlyList<string> Summarise(string root)
    {
        var lines = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.log").Where(f => Path.GetFileName(f) is var n && (n.StartsWith("http", StringComparison.Ordinal) || n.StartsWith("worker", StringComparison.Ordinal))).Order(StringComparer.Ordinal))
        {
            string[] text;
            try
            {
                text = File.ReadAllLines(file);
            }
            catch (IOException)
            {
                continue;
            }
            var warnings = text.Count(l => l.StartsWith("warn:", StringComparison.Ordinal));
            var errors = text.Count(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal));
            if (warnings + errors == 0)
            {
                continue;
            }
            var exceptions = text.Select(l => ExceptionType().Match(l)).Where(m => m.Success).GroupBy(m => m.Groups[1].Value)
                .OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Key}×{g.Count()}");
            lines.Add($"{Path.GetFileName(file)}: {warnings} warnings, {errors} errors; exceptions: {string.Join(", ", exceptions)}");
        }
        return lines;
    }

    [GeneratedRegex(@"^\s*([A-Za-z_][\w.]*(?:Exception|Error)):")]
    private static partial Regex ExceptionType();
}
