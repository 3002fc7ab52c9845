using TodoFunctions.Workers.Consumers;

namespace TodoFunctions.Workers.Health;

/// <summary>
/// How long the bus has been consuming without a break (healthy: connected, endpoints ready). Work that
/// decides "there is nothing to do" asks it first, so a worker still connecting, or one whose broker went
/// away, is never taken for an idle one. With the todo queue on RabbitMQ.Client, its consumer must be
/// registered on the queue as well; a worker of that queue alone has no bus.
/// </summary>
public sealed class BusConsumption(IBusControl? bus = null, RabbitMqTodoConsumer? todoConsumer = null)
{
    private readonly Lock _gate = new();
    private long? _sinceMs;

    public TimeSpan ConsumingFor()
    {
        var healthy = (bus is null || bus.CheckHealth().Status == BusHealthStatus.Healthy) && todoConsumer is not { IsConsuming: false };
        lock (_gate)
        {
            if (!healthy)
            {
                _sinceMs = null;
                return TimeSpan.Zero;
            }
            _sinceMs ??= Environment.TickCount64;
            return TimeSpan.FromMilliseconds(Environment.TickCount64 - _sinceMs.Value);
        }
    }
}
