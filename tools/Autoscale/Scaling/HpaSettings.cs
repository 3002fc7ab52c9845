namespace TodoFunctions.Autoscale.Scaling;

/// <summary>
/// The kube-controller-manager flags that shape the HPA: <c>--horizontal-pod-autoscaler-sync-period</c> (15 s),
/// <c>--horizontal-pod-autoscaler-tolerance</c> (0.1) and <c>--horizontal-pod-autoscaler-downscale-stabilization</c> (5 min).
/// </summary>
public sealed record HpaSettings(TimeSpan SyncPeriod, double Tolerance, TimeSpan DownscaleStabilization)
{
    public static HpaSettings Kubernetes { get; } = new(TimeSpan.FromSeconds(15), 0.1, TimeSpan.FromMinutes(5));
}
