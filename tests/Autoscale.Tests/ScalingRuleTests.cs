namespace TodoFunctions.Autoscale.Tests;

/// <summary>
/// The KEDA and HPA rules on their own, against the worked examples of the Kubernetes HPA walkthrough and
/// the KEDA docs (tools/Autoscale/README.md cites them). Time is given explicitly.
/// </summary>
public sealed class ScalingRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static ScaledObjectSpec Spec(HpaBehavior? behavior = null, int max = 10, double value = 100, double activation = 0, int cooldown = 60, FallbackSpec? fallback = null) =>
        new("so", "worker", 30, cooldown, 0, null, 0, max, fallback, behavior, new RabbitTrigger("q", "QueueLength", value, activation, "amqp", false));

    private static readonly HpaBehavior Fast = new(
        new ScalingRules(0, "Max", [new("Pods", 2, 10)], null),
        new ScalingRules(30, "Max", [new("Pods", 1, 10)], null));

    [Theory]
    [InlineData(4, 420, 4)]   // 420 / (100 × 4) = 1.05: within the 10 % tolerance, no change
    [InlineData(4, 440, 4)]   // 1.10 is still within (the bound is inclusive)
    [InlineData(4, 450, 5)]   // 1.125: ceil(450 / 100) = 5
    [InlineData(4, 361, 4)]   // 0.9025 within
    [InlineData(4, 350, 4)]   // 0.875: ceil(3.5) = 4
    [InlineData(4, 250, 3)]
    [InlineData(2, 2000, 20)] // proposal beyond max: clamped later
    public void TheMetricProposesCeilOfMetricOverTargetOutsideTheTolerance(int running, long messages, int expected)
    {
        var hpa = new HorizontalPodAutoscaler(Spec(), HpaSettings.Kubernetes);
        Assert.Equal(expected, hpa.ReplicasForMetric(running, messages * 1000));
    }

    [Fact]
    public void ScaleUpIsCappedByThePodsPolicyPerPeriodAndByMax()
    {
        var hpa = new HorizontalPodAutoscaler(Spec(Fast, max: 6), HpaSettings.Kubernetes);
        Assert.Equal(3, hpa.Reconcile(1, 1, 5_000_000, T0)!.To);                   // 1 + 2 pods per 10 s
        Assert.Null(hpa.Reconcile(3, 3, 5_000_000, T0.AddSeconds(5)));             // still inside the period: 1 + 2 = 3
        Assert.Equal(5, hpa.Reconcile(3, 3, 5_000_000, T0.AddSeconds(11))!.To);    // the first event left the period
        Assert.Equal(6, hpa.Reconcile(5, 5, 5_000_000, T0.AddSeconds(22))!.To);    // max
    }

    [Fact]
    public void ScaleDownWaitsForTheStabilizationWindowAndThenStepsByPolicy()
    {
        var hpa = new HorizontalPodAutoscaler(Spec(Fast), HpaSettings.Kubernetes);
        Assert.Null(hpa.Reconcile(4, 4, 400_000, T0));                          // 4 recommended
        Assert.Null(hpa.Reconcile(4, 4, 0, T0.AddSeconds(10)));                 // 1 wanted, but 4 is in the 30 s window
        Assert.Null(hpa.Reconcile(4, 4, 0, T0.AddSeconds(29)));
        var down = hpa.Reconcile(4, 4, 0, T0.AddSeconds(31));                   // the 4 left the window
        Assert.Equal(3, down!.To);                                               // 1 pod per 10 s
        Assert.Null(hpa.Reconcile(3, 3, 0, T0.AddSeconds(35)));
        Assert.Equal(2, hpa.Reconcile(3, 3, 0, T0.AddSeconds(42))!.To);
        Assert.Equal(1, hpa.Reconcile(2, 2, 0, T0.AddSeconds(53))!.To);
        Assert.Null(hpa.Reconcile(1, 1, 0, T0.AddSeconds(64)));                 // the HPA never goes below 1
    }

    [Fact]
    public void WithoutBehaviorTheOlderRulesApplyDoubleOrFourUpAndFiveMinutesDown()
    {
        var hpa = new HorizontalPodAutoscaler(Spec(max: 100), HpaSettings.Kubernetes);
        Assert.Equal(4, hpa.Reconcile(1, 1, 600_000, T0)!.To);                  // wants 6, at most max(2 × 1, 4)
        Assert.Equal(6, hpa.Reconcile(4, 4, 600_000, T0.AddSeconds(15))!.To);
        Assert.Null(hpa.Reconcile(6, 6, 0, T0.AddSeconds(30)));                 // the 6 stays in the 5 min window
        Assert.Equal(1, hpa.Reconcile(6, 6, 0, T0.AddSeconds(331))!.To);        // then straight to minReplicas
    }

    [Fact]
    public void TheHpaDoesNothingAtZeroReplicas()
    {
        var hpa = new HorizontalPodAutoscaler(Spec(Fast), HpaSettings.Kubernetes);
        Assert.Null(hpa.Reconcile(0, 0, 9_000_000, T0));
    }

    [Fact]
    public void KedaActivatesOnlyAboveTheActivationValueAndDeactivatesAfterTheCooldown()
    {
        var keda = new KedaOperator(Spec(activation: 5, cooldown: 60), T0);
        Assert.Null(keda.Poll(MetricReading.Of(5), 0, T0));                       // not greater than 5
        Assert.Equal(1, keda.Poll(MetricReading.Of(6), 0, T0.AddSeconds(30))!.To);
        Assert.Null(keda.Poll(MetricReading.Of(0), 3, T0.AddSeconds(60)));         // inactive, cooling down
        Assert.Null(keda.Poll(MetricReading.Of(0), 3, T0.AddSeconds(90)));         // exactly 60 s: not yet past
        var off = keda.Poll(MetricReading.Of(0), 3, T0.AddSeconds(91));
        Assert.Equal((3, 0), (off!.From, off.To));
    }

    [Fact]
    public void AScalerThatKeepsFailingFallsBackAfterTheThreshold()
    {
        var keda = new KedaOperator(Spec(cooldown: 600, fallback: new FallbackSpec(2, 3, "static")), T0);
        Assert.Null(keda.Poll(MetricReading.Of(10), 1, T0));                                // active
        Assert.Null(keda.Poll(MetricReading.Failure("down"), 1, T0.AddSeconds(30)));
        Assert.Null(keda.Poll(MetricReading.Failure("down"), 1, T0.AddSeconds(60)));
        Assert.Equal(3, keda.Poll(MetricReading.Failure("down"), 1, T0.AddSeconds(90))!.To); // 3 failures > 2
        Assert.Null(keda.Poll(MetricReading.Of(10), 3, T0.AddSeconds(120)));                // healthy again: the HPA's turn
        Assert.Equal(0, keda.NumberOfFailures);
    }
}
