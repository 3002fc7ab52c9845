namespace TodoFunctions.Http.Operations;

/// <summary><c>Operations:*</c>: where the operator view reads its figures.</summary>
public sealed class OperationsOptions
{
    /// <summary>
    /// The RabbitMQ management API (<c>http://rabbitmq:15672/</c>; the AMQP URI's user signs in): unacked
    /// counts and publish/deliver rates. Without it, ready and consumers come from AMQP passive declares.
    /// </summary>
    public string? ManagementUri { get; set; }

    /// <summary>Read each worker Deployment's replicas from the Kubernetes API (in a cluster, with the chart's read-only Role).</summary>
    public bool Kubernetes { get; set; }
}
