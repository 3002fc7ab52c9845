using System.Globalization;
using System.Text;

namespace TodoFunctions.ChatEval.Running;

/// <summary>Pass rates per category and overall, latency percentiles, and every failure with its reasons.</summary>
public sealed record RunReport(DateOnly RunDate, IReadOnlyList<CaseResult> Results)
{
    public double PassRate => Results.Count == 0 ? 0 : (double)Results.Count(r => r.Passed) / Results.Count;

    public IReadOnlyList<(string Category, int Passed, int Total)> ByCategory =>
        Results.GroupBy(r => r.Case.Category)
            .Select(g => (g.Key, g.Count(r => r.Passed), g.Count()))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .ToList();

    public TimeSpan LatencyPercentile(double p)
    {
        var all = Results.SelectMany(r => r.TurnLatencies).OrderBy(t => t).ToList();
        if (all.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var index = (int)Math.Ceiling(p * all.Count) - 1;
        return all[Math.Clamp(index, 0, all.Count - 1)];
    }

    public string FormatSlowest(int count)
    {
        var sb = new StringBuilder();
        foreach (var result in Results.OrderByDescending(r => r.TurnLatencies.DefaultIfEmpty().Max()).Take(count))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{result.TurnLatencies.DefaultIfEmpty().Max().TotalMilliseconds,8:F2} ms  {result.Case.Id}: \"{Truncate(result.Case.Message)}\"");
        }

        return sb.ToString();
    }

    public string FormatSummary()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"Run date {RunDate:yyyy-MM-dd}: {Results.Count(r => r.Passed)}/{Results.Count} passed ({PassRate:P1})");
        foreach (var (category, passed, total) in ByCategory)
        {
            sb.AppendLine(inv, $"  {category,-12} {passed,3}/{total,-3} {(double)passed / total:P1}");
        }

        sb.Append(inv, $"Latency per turn: p50 {LatencyPercentile(0.50).TotalMilliseconds:F2} ms, p99 {LatencyPercentile(0.99).TotalMilliseconds:F2} ms, max {LatencyPercentile(1.0).TotalMilliseconds:F2} ms");
        return sb.ToString();
    }

    public string Format(bool showPassingReplies = false)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"Run date {RunDate:yyyy-MM-dd}: {Results.Count(r => r.Passed)}/{Results.Count} passed ({PassRate:P1})");
        foreach (var (category, passed, total) in ByCategory)
        {
            sb.AppendLine(inv, $"  {category,-12} {passed,3}/{total,-3} {(double)passed / total:P1}");
        }

        sb.AppendLine(inv, $"Latency per turn: p50 {LatencyPercentile(0.50).TotalMilliseconds:F2} ms, p99 {LatencyPercentile(0.99).TotalMilliseconds:F2} ms, max {LatencyPercentile(1.0).TotalMilliseconds:F2} ms");
        foreach (var result in Results.Where(r => !r.Passed || showPassingReplies))
        {
            sb.AppendLine();
            sb.AppendLine(inv, $"{(result.Passed ? "PASS" : "FAIL")} {result.Case.Id} [{result.Case.Category}] {result.Case.TimeZoneId}: \"{Truncate(result.Case.Message)}\"");
            foreach (var failure in result.Failures)
            {
                sb.AppendLine(inv, $"   - {failure}");
            }

            sb.AppendLine(inv, $"   reply: {Truncate(result.Reply).Replace("\n", " | ", StringComparison.Ordinal)}");
        }

        return sb.ToString();
    }

    /// <summary>Every title <see cref="Checking.TitleAudit"/> flags, passing cases included: one line each.</summary>
    public string FormatTitleAudit()
    {
        var sb = new StringBuilder();
        var findings = Results.SelectMany(r => r.TitleFindings.Select(f => (f, r.Passed))).ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Titles to read ({findings.Count}):");
        foreach (var (finding, passed) in findings)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {finding.Case.Id} ({(passed ? "passed" : "failed")}): \"{finding.Title}\" ({finding.Why}) from \"{Truncate(finding.Case.Message)}\"");
        }

        return sb.ToString();
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
