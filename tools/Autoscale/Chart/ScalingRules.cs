namespace TodoFunctions.Autoscale.Chart;

/// <summary>One direction of an HPA behavior (HPAScalingRules).</summary>
/// <param name="StabilizationWindowSeconds">Null means the controller's flag default.</param>
/// <param name="SelectPolicy">Max, Min or Disabled.</param>
/// <param name="Tolerance">Per-direction tolerance (Kubernetes 1.33+, HPAConfigurableTolerance); null = the controller's 0.1.</param>
public sealed record ScalingRules(int? StabilizationWindowSeconds, string SelectPolicy, IReadOnlyList<ScalingPolicy> Policies, double? Tolerance);
