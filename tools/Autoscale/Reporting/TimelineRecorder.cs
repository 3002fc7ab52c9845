using System.Text;
using System.Text.Json;
using TodoFunctions.Autoscale.Scaling;

namespace TodoFunctions.Autoscale.Reporting;

/// <summary>Writes a run's timeline for plots and later reading: <c>.csv</c> (one row per sample) or <c>.json</c> (everything).</summary>
public static class TimelineRecorder
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task WriteAsync(string path, SimulationResult result)
    {
        var text = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? Csv(result) : JsonText(result);
        await File.WriteAllTextAsync(path, text);
    }

    public static string Csv(SimulationResult result)
    {
        var csv = new StringBuilder("seconds,ready,unacked,metric,active,desired,running,terminating,applied,applied_per_second,events\n");
        foreach (var s in result.Samples)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{s.Seconds},{s.Ready},{s.Unacked},{s.Metric},{(s.Active ? 1 : 0)},{s.Desired},{s.Running},{s.Terminating},{s.Applied},{s.AppliedPerSecond:0.#},\"{s.Events.Replace("\"", "\"\"")}\"\n");
        }
        return csv.ToString();
    }

    public static string JsonText(SimulationResult result) => JsonSerializer.Serialize(new
    {
        scaledObject = result.ScaledObject,
        protocol = result.Protocol,
        hpaSyncPeriodSeconds = result.Options.Hpa.SyncPeriod.TotalSeconds,
        hpaTolerance = result.Options.Hpa.Tolerance,
        startedAt = result.StartedAt,
        stopReason = result.StopReason,
        workersStarted = result.WorkersStarted,
        events = result.Events,
        terminations = result.Terminations.Select(t => new
        {
            t.Name, t.ProcessId, t.SignalledAt, t.ExitedAt, t.ExitCode, t.Killed, t.Crashed,
            drainSeconds = t.DrainTime?.TotalSeconds,
        }),
        samples = result.Samples,
    }, Json);
}
