namespace TodoFunctions.Autoscale.Scaling;

/// <summary>
/// One read of the scaler. <see cref="Messages"/> is what KEDA's rabbitmq scaler returns for QueueLength
/// (ready with amqp; ready + unacked with http); null when the read failed.
/// </summary>
public sealed record MetricReading(long? Messages, string? Error)
{
    public bool Failed => Messages is null;

    public static MetricReading Of(long messages) => new(messages, null);

    public static MetricReading Failure(string error) => new(null, error);
}
