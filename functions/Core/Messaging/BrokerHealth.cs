using MassTransit;

namespace TodoFunctions.Core.Messaging;

/// <summary>Whether this process's link to the broker works, for readiness probes.</summary>
public interface IBrokerHealth
{
    Task<BrokerState> CheckAsync(CancellationToken cancellationToken);
}

public sealed record BrokerState(bool Healthy, string Description);

/// <summary>The MassTransit bus's own health (its receive endpoints and their connection).</summary>
public sealed class BusBrokerHealth(IBusControl bus) : IBrokerHealth
{
    public Task<BrokerState> CheckAsync(CancellationToken cancellationToken)
    {
        var health = bus.CheckHealth();
        return Task.FromResult(new BrokerState(health.Status == BusHealthStatus.Healthy, health.Description ?? health.Status.ToString()));
    }
}

/// <summary>A process without a bus publishes with <see cref="RabbitMqCommandSender"/>: healthy while it can open its connection.</summary>
public sealed class PublisherBrokerHealth(RabbitMqCommandSender sender) : IBrokerHealth
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    public async Task<BrokerState> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            await sender.ConnectAsync(timeout.Token);
            return new BrokerState(true, "connected");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new BrokerState(false, ex.GetBaseException().Message);
        }
    }
}
