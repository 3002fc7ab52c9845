using TodoFunctions.Autoscale.Chart;

namespace TodoFunctions.Autoscale.Scaling;

/// <summary>
/// KEDA's scale loop for one ScaledObject, run every <c>pollingInterval</c>: it alone moves the Deployment
/// between 0 and 1 (activation), the HPA does 1..N. Follows RequestScale in kedacore/keda
/// pkg/scaling/executor/scale_scaledobjects.go:
/// <list type="bullet">
/// <item>active (metric &gt; activationValue) at 0 replicas → scale to max(minReplicaCount, 1); remember lastActiveTime;</item>
/// <item>active otherwise → only lastActiveTime = now;</item>
/// <item>inactive with a scaler error and a fallback → fallback.replicas;</item>
/// <item>inactive, replicas &gt; 0, minReplicaCount 0 → 0 once lastActiveTime + cooldownPeriod has passed;</item>
/// <item>inactive below minReplicaCount → minReplicaCount.</item>
/// </list>
/// </summary>
public sealed class KedaOperator(ScaledObjectSpec spec, DateTimeOffset createdAt)
{
    public DateTimeOffset? LastActiveTime { get; private set; }

    /// <summary>Consecutive failed reads of the scaler (KEDA's status.health numberOfFailures).</summary>
    public int NumberOfFailures { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Fallback applies once failures exceed the threshold (fallback.GetMetricsWithFallback).</summary>
    public bool FallbackEngaged => spec.Fallback is { Replicas: > 0 } f && NumberOfFailures > f.FailureThreshold;

    /// <summary>Every read of the scaler, KEDA's own or the HPA's through the metrics server, counts for health.</summary>
    public void RecordRead(MetricReading reading) => NumberOfFailures = reading.Failed ? NumberOfFailures + 1 : 0;

    public ScaleDecision? Poll(MetricReading reading, int currentReplicas, DateTimeOffset now)
    {
        RecordRead(reading);
        IsActive = !reading.Failed && reading.Messages!.Value > spec.Trigger.ActivationValue;
        var minReplicas = spec.MinReplicaCount;
        if (IsActive)
        {
            LastActiveTime = now;
            if ((spec.IdleReplicaCount is not null && currentReplicas < minReplicas) || currentReplicas == 0)
            {
                var to = minReplicas > 0 ? minReplicas : 1;
                return new ScaleDecision("KEDA", currentReplicas, to, $"KEDAScaleTargetActivated: {reading.Messages} > activationValue {spec.Trigger.ActivationValue}");
            }
            return null;
        }
        if (reading.Failed && FallbackEngaged)
        {
            var to = spec.Fallback!.Replicas;
            return to == currentReplicas ? null : new ScaleDecision("KEDA", currentReplicas, to, $"fallback: {NumberOfFailures} failures > {spec.Fallback.FailureThreshold} ({reading.Error})");
        }
        if ((spec.IdleReplicaCount is { } idle && currentReplicas > idle) || (currentReplicas > 0 && minReplicas == 0))
        {
            var cooldown = TimeSpan.FromSeconds(spec.CooldownPeriodSeconds);
            var initialCooldownOver = now >= createdAt + TimeSpan.FromSeconds(spec.InitialCooldownPeriodSeconds);
            if (initialCooldownOver && (LastActiveTime is null || LastActiveTime.Value + cooldown < now))
            {
                var to = spec.IdleReplicaCount ?? minReplicas;
                var since = LastActiveTime is null ? "never active" : $"inactive since {(now - LastActiveTime.Value).TotalSeconds:0.#} s ≥ cooldownPeriod {spec.CooldownPeriodSeconds} s";
                return new ScaleDecision("KEDA", currentReplicas, to, $"KEDAScaleTargetDeactivated: {since}");
            }
            return null;
        }
        if (currentReplicas < minReplicas && spec.IdleReplicaCount is null)
        {
            return new ScaleDecision("KEDA", currentReplicas, minReplicas, "below minReplicaCount");
        }
        return null;
    }
}
