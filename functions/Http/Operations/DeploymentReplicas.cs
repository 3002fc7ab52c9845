using k8s;

namespace TodoFunctions.Http.Operations;

/// <summary>
/// Each worker Deployment's replicas (the chart labels them <c>todo-functions.io/worker</c>), read through the
/// Kubernetes API with the pod's ServiceAccount and the chart's read-only Role, in the pod's own namespace.
/// </summary>
public sealed class DeploymentReplicas(IOptions<OperationsOptions> options, ILogger<DeploymentReplicas> logger) : IDisposable
{
    private const string WorkerLabel = "todo-functions.io/worker";
    private const string QueueLabel = "todo-functions.io/queue";
    private readonly Lazy<(Kubernetes Client, string Namespace)?> _client = new(() => Connect(options.Value, logger));

    public async Task<IReadOnlyList<OpsDeployment>?> ReadAsync(CancellationToken cancellationToken)
    {
        if (_client.Value is not var (client, ns))
        {
            return null;
        }
        var list = await client.AppsV1.ListNamespacedDeploymentAsync(ns, labelSelector: WorkerLabel, cancellationToken: cancellationToken);
        return [.. list.Items.OrderBy(d => d.Metadata.Name, StringComparer.Ordinal).Select(d => new OpsDeployment(
            d.Metadata.Name, d.Metadata.Labels?.TryGetValue(QueueLabel, out var queue) == true ? queue : "",
            d.Spec?.Replicas ?? 0, d.Status?.ReadyReplicas ?? 0, d.Status?.AvailableReplicas ?? 0))];
    }

    private static (Kubernetes, string)? Connect(OperationsOptions options, ILogger logger)
    {
        if (!options.Kubernetes || !KubernetesClientConfiguration.IsInCluster())
        {
            return null;
        }
        var configuration = KubernetesClientConfiguration.InClusterConfig();
        logger.LogInformation("Operator view reads worker Deployments in namespace {Namespace}", configuration.Namespace);
        return (new Kubernetes(configuration), configuration.Namespace ?? "default");
    }

    public void Dispose()
    {
        if (_client.IsValueCreated && _client.Value is var (client, _))
        {
            client.Dispose();
        }
    }
}
