namespace TodoFunctions.Autoscale.Cluster;

/// <summary>How one replica is started: the worker executable, its arguments and environment (the pod template).</summary>
public sealed record WorkerLaunch(string Executable, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment, string? LogDirectory);
