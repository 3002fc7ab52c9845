namespace TodoFunctions.Autoscale.Chart;

/// <summary>The <c>rabbitmq</c> trigger's metadata (keda.sh/docs/latest/scalers/rabbitmq-queue).</summary>
/// <param name="Value">Target messages per replica: the HPA's AverageValue target.</param>
/// <param name="ActivationValue">KEDA activates (0 → 1) only when the metric is strictly greater.</param>
/// <param name="Protocol"><c>amqp</c> counts ready messages only; <c>http</c> (management API) counts ready + unacknowledged.</param>
public sealed record RabbitTrigger(
    string QueueName,
    string Mode,
    double Value,
    double ActivationValue,
    string Protocol,
    bool ExcludeUnacknowledged)
{
    public bool CountsUnacknowledged => Protocol == "http" && !ExcludeUnacknowledged;
}
