namespace TodoFunctions.Autoscale.Chart;

/// <summary>
/// <c>spec.fallback</c>: once a scaler failed more than <see cref="FailureThreshold"/> times in a row, KEDA
/// feeds the HPA <c>value × replicas</c> so it settles on <see cref="Replicas"/>.
/// </summary>
public sealed record FallbackSpec(int FailureThreshold, int Replicas, string Behavior);
