namespace TodoFunctions.Workers.Health;

/// <summary>
/// How long the bus has been consuming without a break (healthy: connected, endpoints ready). Work that
/// decides "there is nothing to do" asks it first, so a worker still connecting, or one whose broker went
/// away, is never taken for an idle one.
/// </summary>
public sealed class BusConsumption(IBusControl bus)
{
    private readonly Lock _gate = new();
    private long? _sinceMs;

    public TimeSpan ConsumingFor()
    {
        var healthy = bus.CheckHealth().Status == BusHealthStatus.Healthy;
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
