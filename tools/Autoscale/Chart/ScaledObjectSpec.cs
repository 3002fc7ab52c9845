namespace TodoFunctions.Autoscale.Chart;

/// <summary>
/// What the simulator needs from one rendered KEDA <c>ScaledObject</c> (keda.sh/v1alpha1), with KEDA's
/// defaults filled in where a field is absent (keda.sh/docs/latest/reference/scaledobject-spec).
/// </summary>
public sealed record ScaledObjectSpec(
    string Name,
    string TargetName,
    int PollingIntervalSeconds,
    int CooldownPeriodSeconds,
    int InitialCooldownPeriodSeconds,
    int? IdleReplicaCount,
    int MinReplicaCount,
    int MaxReplicaCount,
    FallbackSpec? Fallback,
    HpaBehavior? Behavior,
    RabbitTrigger Trigger)
{
    public const int DefaultPollingInterval = 30;
    public const int DefaultCooldownPeriod = 300;
    public const int DefaultMaxReplicaCount = 100;

    /// <summary>KEDA creates the HPA with this minimum: it never goes below 1, KEDA itself handles 1 → 0.</summary>
    public int HpaMinReplicas => MinReplicaCount > 0 ? MinReplicaCount : 1;
}
