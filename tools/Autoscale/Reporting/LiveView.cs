using Spectre.Console;
using Spectre.Console.Rendering;
using TodoFunctions.Autoscale.Chart;
using TodoFunctions.Autoscale.Scaling;

namespace TodoFunctions.Autoscale.Reporting;

/// <summary>
/// The live view: on a terminal a table redrawn in place (the ScaledObject, the queue now, replicas, applied/s
/// and the last decisions); when output is redirected one plain line per sample instead.
/// </summary>
public sealed class LiveView(ScaledObjectSpec spec, string protocol, IAnsiConsole console)
{
    private readonly Lock _gate = new();
    private readonly List<ScaleEvent> _events = [];
    private TimelineSample? _latest;

    public void OnScaled(ScaleEvent scaleEvent)
    {
        lock (_gate)
        {
            _events.Add(scaleEvent);
        }
    }

    public void OnSampled(TimelineSample sample)
    {
        lock (_gate)
        {
            _latest = sample;
        }
        if (!console.Profile.Capabilities.Interactive)
        {
            console.WriteLine(Line(sample));
        }
    }

    public async Task<T> RunAsync<T>(Task<T> simulation)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await simulation;
        }
        await console.Live(Render()).AutoClear(false).StartAsync(async context =>
        {
            while (!simulation.IsCompleted)
            {
                context.UpdateTarget(Render());
                await Task.WhenAny(simulation, Task.Delay(250));
            }
            context.UpdateTarget(Render());
        });
        return await simulation;
    }

    public static string Line(TimelineSample s) => string.Create(CultureInfo.InvariantCulture,
        $"t={s.Seconds,6:0.0}s ready={Show(s.Ready),6} unacked={Show(s.Unacked),6} metric={Show(s.Metric),6} active={(s.Active ? "yes" : "no "),-3} desired={s.Desired,2} running={s.Running,2} terminating={s.Terminating,2} applied={Show(s.Applied),7} applied/s={(s.AppliedPerSecond is { } r ? r.ToString("0", CultureInfo.InvariantCulture) : "—"),6} {s.Events}");

    private IRenderable Render()
    {
        TimelineSample? s;
        List<ScaleEvent> recent;
        lock (_gate)
        {
            s = _latest;
            recent = _events.TakeLast(8).ToList();
        }
        var trigger = spec.Trigger;
        var header = new Markup(Markup.Escape(
            $"ScaledObject {spec.Name} → Deployment {spec.TargetName}  queue {trigger.QueueName}  protocol {protocol}  value {trigger.Value}  activationValue {trigger.ActivationValue}\n" +
            $"replicas {spec.MinReplicaCount}..{spec.MaxReplicaCount}  pollingInterval {spec.PollingIntervalSeconds}s  cooldownPeriod {spec.CooldownPeriodSeconds}s" +
            (spec.Fallback is { } f ? $"  fallback {f.Replicas} after {f.FailureThreshold} failures" : "")));
        var now = new Table().Border(TableBorder.Rounded)
            .AddColumns("t", "ready", "unacked", "KEDA metric", "active", "desired", "running", "terminating", "applied", "applied/s");
        if (s is not null)
        {
            now.AddRow(
                $"{s.Seconds:0.0}s", Show(s.Ready), Show(s.Unacked), Show(s.Metric), s.Active ? "[green]yes[/]" : "no",
                $"[bold]{s.Desired}[/]", $"[bold]{s.Running}[/]", s.Terminating.ToString(CultureInfo.InvariantCulture), Show(s.Applied),
                s.AppliedPerSecond is { } r ? r.ToString("0", CultureInfo.InvariantCulture) : "—");
        }
        var decisions = new Table().Border(TableBorder.Simple).AddColumns("t", "who", "replicas", "why");
        foreach (var e in recent)
        {
            decisions.AddRow($"{e.Seconds:0.0}s", e.Actor, $"{e.From} → {e.To}", Markup.Escape(e.Reason));
        }
        return new Rows(header, now, new Markup("[grey]scaling decisions[/]"), decisions);
    }

    private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
