using TodoFunctions.Core.Reliability;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Workers.Batching;

/// <summary>
/// Ends the wait of parked commands whose todo never came: every few seconds, those parked longer than
/// <see cref="TodoCommandApplier.ParkingGrace"/> are recorded as failed <c>not_found</c>.
/// </summary>
public sealed class ParkedCommandSweeper(IServiceScopeFactory scopes, DatabaseAvailability database, ILogger<ParkedCommandSweeper> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
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
}
