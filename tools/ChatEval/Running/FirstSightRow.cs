using System.Globalization;

namespace TodoFunctions.ChatEval.Running;

/// <summary>One row of the first-sight table (functions/Chat/FIRST-SIGHT.md): batch, run date, engine commit, cases, pass rate, per category.</summary>
public static class FirstSightRow
{
    public static string Format(string casesPath, RunReport report, string engineVersion)
    {
        var inv = CultureInfo.InvariantCulture;
        var categories = string.Join(", ", report.ByCategory.Select(c =>
            string.Create(inv, $"{c.Category} {100.0 * c.Passed / c.Total:F0} % ({c.Passed}/{c.Total})")));
        var passed = report.Results.Count(r => r.Passed);
        return string.Create(inv,
            $"| {Path.GetFileNameWithoutExtension(casesPath)} | {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC | {engineVersion} | {report.Results.Count} | {100.0 * passed / report.Results.Count:F1} % ({passed}) | {categories} |");
    }
}
