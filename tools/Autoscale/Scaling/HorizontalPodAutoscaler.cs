using TodoFunctions.Autoscale.Chart;

namespace TodoFunctions.Autoscale.Scaling;

/// <summary>
/// The HPA that KEDA creates for a ScaledObject (keda-hpa-NAME): one External metric with an AverageValue
/// target of the trigger's <c>value</c>, minReplicas max(minReplicaCount, 1), maxReplicas maxReplicaCount and
/// the ScaledObject's behavior. One <see cref="Reconcile"/> is one sync of kubernetes
/// pkg/controller/podautoscaler/horizontal.go (reconcileAutoscaler), with the replica count from
/// replica_calculator.go (GetExternalPerPodMetricReplicas).
/// </summary>
public sealed class HorizontalPodAutoscaler(ScaledObjectSpec spec, HpaSettings settings)
{
    private readonly List<(int Replicas, DateTimeOffset At)> _recommendations = [];
    private readonly List<(int Change, DateTimeOffset At)> _scaleUpEvents = [];
    private readonly List<(int Change, DateTimeOffset At)> _scaleDownEvents = [];

    /// <summary>The last proposal from the metric alone, before stabilization and rate limits.</summary>
    public int? LastMetricProposal { get; private set; }

    /// <param name="specReplicas">The Deployment's spec.replicas (the HPA's currentReplicas).</param>
    /// <param name="statusReplicas">Pods that exist and are not terminating (scale status.replicas).</param>
    /// <param name="metricMilli">Sum of the external metric in milli-units, or null when it could not be read.</param>
    public ScaleDecision? Reconcile(int specReplicas, int statusReplicas, long? metricMilli, DateTimeOffset now)
    {
        var current = specReplicas;
        if (_recommendations.Count == 0)
        {
            _recommendations.Add((current, now)); // recordInitialRecommendation
        }
        var min = spec.HpaMinReplicas;
        var max = spec.MaxReplicaCount;
        int desired;
        string reason;
        if (current == 0 && min != 0)
        {
            return null; // ScalingDisabled: scaling is disabled since the replica count of the target is zero
        }
        if (current > max)
        {
            (desired, reason) = (max, "Current number of replicas above Spec.MaxReplicas");
        }
        else if (current < min)
        {
            (desired, reason) = (min, "Current number of replicas below Spec.MinReplicas");
        }
        else
        {
            if (metricMilli is null)
            {
                return null; // FailedGetExternalMetric: the HPA keeps the replica count
            }
            var proposal = ReplicasForMetric(statusReplicas, metricMilli.Value);
            LastMetricProposal = proposal;
            (desired, var limit) = spec.Behavior is null
                ? NormalizeWithoutBehavior(current, proposal, min, max, now)
                : NormalizeWithBehavior(current, proposal, min, max, spec.Behavior, now);
            reason = $"metric {metricMilli.Value / 1000.0:0.#} / target {spec.Trigger.Value:0.#} → {proposal}; {limit}";
        }
        if (desired == current)
        {
            return null;
        }
        StoreScaleEvent(current, desired, now);
        return new ScaleDecision("HPA", current, desired, reason);
    }

    /// <summary>
    /// AverageValue on an External metric: keep statusReplicas when usage/(target × statusReplicas) is within
    /// the tolerance, else ceil(usage / target).
    /// </summary>
    internal int ReplicasForMetric(int statusReplicas, long usageMilli)
    {
        var targetMilli = (long)Math.Round(spec.Trigger.Value * 1000);
        var usageRatio = usageMilli / ((double)targetMilli * statusReplicas);
        var downTolerance = spec.Behavior?.ScaleDown.Tolerance ?? settings.Tolerance;
        var upTolerance = spec.Behavior?.ScaleUp.Tolerance ?? settings.Tolerance;
        var within = 1.0 - downTolerance <= usageRatio && usageRatio <= 1.0 + upTolerance;
        return within ? statusReplicas : (int)Math.Ceiling(usageMilli / (double)targetMilli);
    }

    private (int, string) NormalizeWithBehavior(int current, int proposal, int min, int max, HpaBehavior behavior, DateTimeOffset now)
    {
        // stabilizeRecommendationWithBehaviors: the lowest recommendation in the scale-up window and the highest in
        // the scale-down window bound the result; then record this (unstabilized) recommendation.
        var upCutoff = now - TimeSpan.FromSeconds(behavior.ScaleUp.StabilizationWindowSeconds ?? 0);
        var downCutoff = now - (behavior.ScaleDown.StabilizationWindowSeconds is { } w ? TimeSpan.FromSeconds(w) : settings.DownscaleStabilization);
        var upRecommendation = proposal;
        var downRecommendation = proposal;
        var oldSample = -1;
        for (var i = 0; i < _recommendations.Count; i++)
        {
            var (replicas, at) = _recommendations[i];
            if (at > upCutoff)
            {
                upRecommendation = Math.Min(replicas, upRecommendation);
            }
            if (at > downCutoff)
            {
                downRecommendation = Math.Max(replicas, downRecommendation);
            }
            if (at < upCutoff && at < downCutoff)
            {
                oldSample = i;
            }
        }
        var stabilized = Math.Min(Math.Max(current, upRecommendation), downRecommendation);
        Record(oldSample, proposal, now);
        var note = stabilized != proposal ? (proposal > current ? "ScaleUpStabilized" : "ScaleDownStabilized") + $" → {stabilized}" : "";

        // convertDesiredReplicasWithBehaviorRate: the policies cap the change per period.
        if (stabilized > current)
        {
            var limit = Math.Max(ScaleUpLimit(current, behavior.ScaleUp, now), current);
            var allowed = Math.Min(max, limit);
            if (stabilized > allowed)
            {
                return (allowed, Join(note, limit < max ? $"ScaleUpLimit {allowed}" : $"TooManyReplicas (max {max})"));
            }
        }
        else if (stabilized < current)
        {
            var limit = Math.Min(ScaleDownLimit(current, behavior.ScaleDown, now), current);
            var allowed = Math.Max(min, limit);
            if (stabilized < allowed)
            {
                return (allowed, Join(note, limit > min ? $"ScaleDownLimit {allowed}" : $"TooFewReplicas (min {min})"));
            }
        }
        return (stabilized, Join(note, "DesiredWithinRange"));
    }

    // Without spec.behavior the controller keeps its older rules: the highest recommendation of the last
    // downscale-stabilization window, and at most max(2 × current, 4) when scaling up.
    private (int, string) NormalizeWithoutBehavior(int current, int proposal, int min, int max, DateTimeOffset now)
    {
        var cutoff = now - settings.DownscaleStabilization;
        var highest = proposal;
        var oldSample = -1;
        for (var i = 0; i < _recommendations.Count; i++)
        {
            var (replicas, at) = _recommendations[i];
            if (at < cutoff)
            {
                oldSample = i;
            }
            else
            {
                highest = Math.Max(highest, replicas);
            }
        }
        Record(oldSample, proposal, now);
        var scaleUpLimit = Math.Max(2 * current, 4);
        var allowed = Math.Min(max, scaleUpLimit);
        if (highest < min)
        {
            return (min, "TooFewReplicas");
        }
        if (highest > allowed)
        {
            return (allowed, scaleUpLimit < max ? "ScaleUpLimit" : "TooManyReplicas");
        }
        return (highest, highest != proposal ? "ScaleDownStabilized" : "DesiredWithinRange");
    }

    private int ScaleUpLimit(int current, ScalingRules rules, DateTimeOffset now)
    {
        if (rules.SelectPolicy == "Disabled")
        {
            return current;
        }
        var selectMin = rules.SelectPolicy == "Min";
        var result = selectMin ? int.MaxValue : int.MinValue;
        foreach (var policy in rules.Policies)
        {
            var periodStart = current - ChangeWithin(_scaleUpEvents, policy.PeriodSeconds, now) + ChangeWithin(_scaleDownEvents, policy.PeriodSeconds, now);
            var proposed = policy.Type == "Pods"
                ? periodStart + policy.Value
                : (int)Math.Ceiling(periodStart * (1 + policy.Value / 100.0)); // rounded up so 1 pod can grow
            result = selectMin ? Math.Min(result, proposed) : Math.Max(result, proposed);
        }
        return result;
    }

    private int ScaleDownLimit(int current, ScalingRules rules, DateTimeOffset now)
    {
        if (rules.SelectPolicy == "Disabled")
        {
            return current;
        }
        var selectMin = rules.SelectPolicy == "Min";
        var result = selectMin ? int.MinValue : int.MaxValue;
        foreach (var policy in rules.Policies)
        {
            var periodStart = current - ChangeWithin(_scaleUpEvents, policy.PeriodSeconds, now) + ChangeWithin(_scaleDownEvents, policy.PeriodSeconds, now);
            var proposed = policy.Type == "Pods"
                ? periodStart - policy.Value
                : (int)(periodStart * (1 - policy.Value / 100.0));
            result = selectMin ? Math.Max(result, proposed) : Math.Min(result, proposed);
        }
        return result;
    }

    private static int ChangeWithin(List<(int Change, DateTimeOffset At)> events, int periodSeconds, DateTimeOffset now)
    {
        var cutoff = now - TimeSpan.FromSeconds(periodSeconds);
        return events.Where(e => e.At > cutoff).Sum(e => e.Change);
    }

    // storeScaleEvent: only kept when the HPA has a behavior; events older than the longest period are dropped.
    private void StoreScaleEvent(int from, int to, DateTimeOffset now)
    {
        if (spec.Behavior is null)
        {
            return;
        }
        var (events, rules) = to > from ? (_scaleUpEvents, spec.Behavior.ScaleUp) : (_scaleDownEvents, spec.Behavior.ScaleDown);
        var longest = rules.Policies.Count == 0 ? 0 : rules.Policies.Max(p => p.PeriodSeconds);
        events.RemoveAll(e => e.At < now - TimeSpan.FromSeconds(longest));
        events.Add((Math.Abs(to - from), now));
    }

    private void Record(int oldSample, int proposal, DateTimeOffset now)
    {
        if (oldSample >= 0)
        {
            _recommendations[oldSample] = (proposal, now);
        }
        else
        {
            _recommendations.Add((proposal, now));
        }
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : $"{a}, {b}";
}
