using Spectre.Console;
using TodoFunctions.Autoscale.Scaling;

namespace TodoFunctions.Autoscale.Reporting;

/// <summary>The final report: totals, every scaling decision, how the workers ended, and a condensed timeline.</summary>
public static class Summary
{
    public static void Write(IAnsiConsole console, SimulationResult result, int maxTimelineRows = 40)
    {
        var last = result.Samples.LastOrDefault();
        var terminated = result.Terminations.Where(t => !t.Crashed).ToList();
        console.WriteLine();
        console.Write(new Rule($"[bold]Autoscale run: {Markup.Escape(result.StopReason)}[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{last?.Seconds ?? 0:0.0} s; max desired {result.MaxDesired}, max running {result.MaxRunning} (maxReplicaCount {result.ScaledObject.MaxReplicaCount}); workers started {result.WorkersStarted}; applied {last?.Applied?.ToString(CultureInfo.InvariantCulture) ?? "—"}")));
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"SIGTERMed {terminated.Count}: exited within the grace period {terminated.Count(t => !t.Killed)}, SIGKILLed {terminated.Count(t => t.Killed)}, longest drain {terminated.Select(t => t.DrainTime?.TotalSeconds ?? 0).DefaultIfEmpty(0).Max():0.0} s, non-zero exits {terminated.Count(t => t.ExitCode != 0)}; crashed {result.Terminations.Count(t => t.Crashed)}")));

        var events = new Table().Border(TableBorder.Rounded).Title("scaling decisions").AddColumns("t", "who", "replicas", "metric", "applied", "why");
        foreach (var e in result.Events)
        {
            events.AddRow($"{e.Seconds:0.0}s", e.Actor, $"{e.From} → {e.To}", e.Metric?.ToString(CultureInfo.InvariantCulture) ?? "—",
                e.Applied?.ToString(CultureInfo.InvariantCulture) ?? "—", Markup.Escape(e.Reason));
        }
        console.Write(events);

        var timeline = new Table().Border(TableBorder.Rounded).Title("timeline (rows with a decision, and evenly spaced others)")
            .AddColumns("t", "ready", "unacked", "metric", "desired", "running", "terminating", "applied", "applied/s", "decisions");
        foreach (var s in Condense(result.Samples, maxTimelineRows))
        {
            timeline.AddRow($"{s.Seconds:0.0}s", Show(s.Ready), Show(s.Unacked), Show(s.Metric), s.Desired.ToString(CultureInfo.InvariantCulture),
                s.Running.ToString(CultureInfo.InvariantCulture), s.Terminating.ToString(CultureInfo.InvariantCulture), Show(s.Applied),
                s.AppliedPerSecond is { } r ? r.ToString("0", CultureInfo.InvariantCulture) : "—", Markup.Escape(s.Events));
        }
        console.Write(timeline);
    }

    /// <summary>Keeps every row with a decision, the first and last, and evenly spaced rows up to the limit.</summary>
    public static IReadOnlyList<TimelineSample> Condense(IReadOnlyList<TimelineSample> samples, int maxRows)
    {
        if (samples.Count <= maxRows)
        {
            return samples;
        }
        var keep = new SortedSet<int> { 0, samples.Count - 1 };
        for (var i = 0; i < samples.Count; i++)
        {
            if (samples[i].Events.Length > 0)
            {
                keep.Add(i);
            }
        }
        var spare = Math.Max(0, maxRows - keep.Count);
        for (var k = 1; k <= spare; k++)
        {
            keep.Add((int)((long)k * (samples.Count - 1) / (spare + 1)));
        }
        return keep.Select(i => samples[i]).ToList();
    }

    private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
