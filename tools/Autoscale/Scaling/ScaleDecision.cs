namespace TodoFunctions.Autoscale.Scaling;

/// <summary>A change of the Deployment's replica count, by whom and why (the reason strings are Kubernetes' and KEDA's own).</summary>
public sealed record ScaleDecision(string Actor, int From, int To, string Reason);
