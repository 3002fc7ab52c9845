namespace TodoFunctions.Autoscale.Chart;

/// <summary><c>advanced.horizontalPodAutoscalerConfig.behavior</c>, completed with the API server's defaults.</summary>
public sealed record HpaBehavior(ScalingRules ScaleUp, ScalingRules ScaleDown)
{
    /// <summary>
    /// Kubernetes pkg/apis/autoscaling/v2/defaults.go: scale up by the larger of 4 pods or 100 % per 15 s with
    /// no stabilization; scale down by up to 100 % per 15 s. The scale-down window stays unset there and the
    /// controller uses its <c>--horizontal-pod-autoscaler-downscale-stabilization</c> flag (5 min).
    /// </summary>
    public static ScalingRules DefaultScaleUp { get; } =
        new(0, "Max", [new("Pods", 4, 15), new("Percent", 100, 15)], null);

    public static ScalingRules DefaultScaleDown { get; } =
        new(null, "Max", [new("Percent", 100, 15)], null);
}
