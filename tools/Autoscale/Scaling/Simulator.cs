using TodoFunctions.Autoscale.Chart;
using TodoFunctions.Autoscale.Cluster;
using TodoFunctions.Autoscale.Observing;

namespace TodoFunctions.Autoscale.Scaling;

/// <summary>
/// Runs KEDA's scale loop (every pollingInterval) and the HPA's sync (every sync period) against the real
/// queue, and applies their decisions to real worker processes through <see cref="WorkerDeployment"/>.
/// Like the real controllers, each loop reads the queue itself when it runs; the timeline reads it once per
/// sample interval for the view.
/// </summary>
public sealed class Simulator(
    ScaledObjectSpec spec,
    SimulatorOptions options,
    QueueProbe probe,
    WorkerDeployment deployment,
    AppliedCounter? applied,
    TimeProvider time)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    private readonly List<TimelineSample> _samples = [];
    private readonly List<ScaleEvent> _events = [];
    private DateTimeOffset _start;
    private long? _lastMetric;
    private int _eventsSampled;

    /// <summary>After each timeline row (the live view, tests).</summary>
    public event Action<TimelineSample>? Sampled;

    /// <summary>When KEDA or the HPA changes the replica count, before the workers are started or SIGTERMed.</summary>
    public event Action<ScaleEvent>? Scaled;

    /// <summary><c>amqp</c> or <c>http</c>: <c>auto</c> resolves to amqp because the workers' broker URI is amqp://.</summary>
    public string Protocol { get; } = spec.Trigger.Protocol == "http" ? "http" : "amqp";

    public async Task<SimulationResult> RunAsync(CancellationToken cancellationToken)
    {
        if (Protocol == "http" && !probe.HasManagement)
        {
            throw new InvalidOperationException($"ScaledObject {spec.Name} uses protocol http: give the management API with --management.");
        }
        _start = time.GetUtcNow();
        var keda = new KedaOperator(spec, _start);
        var hpa = new HorizontalPodAutoscaler(spec, options.Hpa);
        deployment.Scale(options.InitialReplicas, _start);
        var nextPoll = _start;
        var nextSync = _start + options.Hpa.SyncPeriod;
        var nextSample = _start;
        long? lastApplied = null;
        var lastSampleAt = _start;
        var sawWork = false;
        DateTimeOffset? idleSince = null;
        var stopReason = "cancelled";
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                if (now >= nextPoll)
                {
                    var reading = await ReadScalerAsync(cancellationToken);
                    await ApplyAsync(keda.Poll(reading, deployment.SpecReplicas, now), now, cancellationToken);
                    nextPoll = Next(nextPoll, TimeSpan.FromSeconds(spec.PollingIntervalSeconds), now);
                }
                if (now >= nextSync)
                {
                    var reading = await ReadScalerAsync(cancellationToken);
                    keda.RecordRead(reading);
                    var metricMilli = reading.Messages * 1000 ?? FallbackMetric(keda);
                    await ApplyAsync(hpa.Reconcile(deployment.SpecReplicas, deployment.Running, metricMilli, now), now, cancellationToken);
                    nextSync = Next(nextSync, options.Hpa.SyncPeriod, now);
                }
                deployment.Reconcile(now);
                if (now >= nextSample)
                {
                    var depth = await TryReadDepthAsync(cancellationToken);
                    var appliedNow = applied is null ? null : await applied.CountAsync(cancellationToken);
                    double? rate = appliedNow is not null && lastApplied is not null && now > lastSampleAt
                        ? (appliedNow.Value - lastApplied.Value) / (now - lastSampleAt).TotalSeconds
                        : null;
                    var sample = new TimelineSample(Seconds(now), depth?.Ready, depth?.Unacked, _lastMetric, keda.IsActive,
                        deployment.SpecReplicas, deployment.Running, deployment.Terminating, appliedNow, rate,
                        string.Join("; ", _events.Skip(_eventsSampled).Select(e => e.ToString())));
                    _eventsSampled = _events.Count;
                    _samples.Add(sample);
                    Sampled?.Invoke(sample);
                    (lastApplied, lastSampleAt) = (appliedNow, now);
                    nextSample = Next(nextSample, options.SampleInterval, now);

                    sawWork |= sample.Desired > 0 || sample.Ready > 0;
                    var idle = sawWork && sample is { Desired: 0, Running: 0, Terminating: 0, Ready: 0 } && (sample.Unacked ?? 0) == 0;
                    idleSince = idle ? idleSince ?? now : null;
                    if (options.UntilIdle && now - idleSince >= options.IdleFor)
                    {
                        stopReason = "idle: scaled to zero and the queue is empty";
                        break;
                    }
                    if (options.Duration is { } duration && now - _start >= duration)
                    {
                        stopReason = $"duration {duration.TotalSeconds:0} s reached";
                        break;
                    }
                }
                await Task.Delay(Tick, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: stop the loops, then the workers below, and still report what happened.
        }
        finally
        {
            await deployment.StopAllAsync(time);
        }
        return new SimulationResult(spec, options, Protocol, _start, _samples, _events, deployment.Ended, deployment.Started, stopReason);
    }

    private async Task<MetricReading> ReadScalerAsync(CancellationToken cancellationToken)
    {
        try
        {
            var depth = Protocol == "http" ? await probe.ReadManagementAsync(cancellationToken) : await probe.ReadAmqpAsync(cancellationToken);
            _lastMetric = spec.Trigger.CountsUnacknowledged ? depth.Total : depth.Ready;
            return MetricReading.Of(_lastMetric!.Value);
        }
        catch (QueueUnreadableException ex)
        {
            _lastMetric = null;
            return MetricReading.Failure(ex.Message);
        }
    }

    private async Task<QueueDepth?> TryReadDepthAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await probe.ReadBestAsync(cancellationToken);
        }
        catch (QueueUnreadableException)
        {
            return null;
        }
    }

    // KEDA's fallback: once the scaler failed more than failureThreshold times, the metrics server answers
    // value × replicas so the HPA lands on the fallback count (behaviour "static" and its currentReplicas variants).
    private long? FallbackMetric(KedaOperator keda)
    {
        if (!keda.FallbackEngaged)
        {
            return null;
        }
        var fallback = spec.Fallback!;
        var current = deployment.SpecReplicas;
        var replicas = fallback.Behavior switch
        {
            "currentReplicas" => current,
            "currentReplicasIfHigher" => Math.Max(current, fallback.Replicas),
            "currentReplicasIfLower" => Math.Min(current, fallback.Replicas),
            _ => fallback.Replicas,
        };
        return (long)Math.Round(spec.Trigger.Value * 1000) * replicas;
    }

    private async Task ApplyAsync(ScaleDecision? decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (decision is null || decision.To == deployment.SpecReplicas)
        {
            return;
        }
        var appliedNow = applied is null ? null : await applied.CountAsync(cancellationToken);
        var scaleEvent = new ScaleEvent(Seconds(now), decision.Actor, decision.From, decision.To, decision.Reason, _lastMetric, appliedNow);
        _events.Add(scaleEvent);
        Scaled?.Invoke(scaleEvent);
        deployment.Scale(decision.To, now);
    }

    private double Seconds(DateTimeOffset now) => Math.Round((now - _start).TotalSeconds, 1);

    private static DateTimeOffset Next(DateTimeOffset due, TimeSpan interval, DateTimeOffset now)
    {
        do
        {
            due += interval;
        }
        while (due <= now);
        return due;
    }
}
