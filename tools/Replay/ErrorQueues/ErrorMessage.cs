using RabbitMQ.Client;

namespace TodoFunctions.Replay.ErrorQueues;

/// <summary>A message MassTransit moved to <c>&lt;queue&gt;_error</c>, with the fault it recorded in its headers.</summary>
public sealed record ErrorMessage(
    string Queue,
    ulong DeliveryTag,
    string MessageId,
    object? Command,
    string? Unreadable,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyBasicProperties Properties,
    byte[] Body)
{
    public Guid? CommandId => Command switch { TodoCommand t => t.CommandId, ChatCommand c => c.CommandId, _ => null };
    public Guid? UserId => Command switch { TodoCommand t => t.UserId, ChatCommand c => c.UserId, _ => null };
    public string Kind => Command switch { TodoCommand t => CommandKinds.Of(t), ChatCommand => CommandKinds.ChatTurn, _ => "?" };
    public string Reason => Headers.GetValueOrDefault("MT-Reason", "");
    public string ExceptionType => Headers.GetValueOrDefault("MT-Fault-ExceptionType", "");
    public string ExceptionMessage => Headers.GetValueOrDefault("MT-Fault-Message", Unreadable ?? "");
    public string StackTrace => Headers.GetValueOrDefault("MT-Fault-StackTrace", "");

    /// <summary>Deliveries the consumer saw: the retries MassTransit counted plus the first.</summary>
    public int? Attempts => int.TryParse(Headers.GetValueOrDefault("MT-Fault-RetryCount"), out var retries) ? retries + 1 : null;

    public DateTimeOffset? FaultedAt => DateTimeOffset.TryParse(Headers.GetValueOrDefault("MT-Fault-Timestamp"), CultureInfo.InvariantCulture,
        DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    public bool Matches(string id) =>
        string.Equals(MessageId, id, StringComparison.OrdinalIgnoreCase) || (Guid.TryParse(id, out var g) && CommandId == g);
}
