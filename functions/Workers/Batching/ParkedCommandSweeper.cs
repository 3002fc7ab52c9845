using TodoFunctions.Workers.Health;
using TodoFunctions.Core.Reliability;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Workers.Batching;

/// <summary>
/// Ends the wait of parked commands whose todo never came: every few seconds, those parked for
/// <c>Messaging:ParkingGrace</c> and issued more than that before what this worker has read up to
/// (<see cref="ConsumptionFrontier"/>) are recorded as failed <c>not_found</c>
/// (<see cref="TodoCommandApplier.SweepParkedAsync"/>). Only while the bus is consuming, and a worker that has received
/// nothing yet waits a whole grace first: on a loaded machine its backlog may take seconds to arrive, and
/// until it does an empty queue and an unread one look alike.
/// </summary>
public sealed class ParkedCommandSweeper(IServiceScopeFactory scopes, DatabaseAvailability database, BusConsumption bus,
    ConsumptionFrontier frontier, IOptions<MessagingOptions> options, ILogger<ParkedCommandSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!ConsumingForAWhile())
            {
                continue;
            }
            try
            {
                int swept;
                do
                {
                    swept = await database.RetryWhileUnavailableAsync(async token =>
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        return await scope.ServiceProvider.GetRequiredService<TodoCommandApplier>().SweepParkedAsync(BatchSize, token);
                    }, stoppingToken);
                }
                while (swept == BatchSize && !stoppingToken.IsCancellationRequested);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Sweeping parked commands failed; trying again shortly");
            }
        }
    }

    private bool ConsumingForAWhile() =>
        bus.ConsumingFor() >= (frontier.HasReceived ? Interval : options.Value.ParkingGrace);
}
