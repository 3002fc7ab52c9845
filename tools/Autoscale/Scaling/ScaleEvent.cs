namespace TodoFunctions.Autoscale.Scaling;

/// <summary>A scaling decision as it happened: when, the queue and applied count at that moment.</summary>
public sealed record ScaleEvent(double Seconds, string Actor, int From, int To, string Reason, long? Metric, long? Applied)
{
    public bool IsScaleIn => To < From;

    public override string ToString() => $"{Actor} {From}→{To}";
}
