using TodoFunctions.Core.Reliability;
using TodoFunctions.Core.Reminders;

namespace TodoFunctions.Workers.Reminders;

/// <summary>
/// The reminders function: fires due reminders in batches (<see cref="ReminderDispatcher"/>) for as long as
/// the host runs. Sleeps <c>Reminders:PollInterval</c> (1 s) when nothing is due, never when a batch came
/// back full. Any number of replicas may run: each claims rows the others have not locked.
/// </summary>
/// <remarks>
/// "Now" comes from the keyed <see cref="TimeProvider"/> <see cref="ClockKey"/> (the process clock unless a
/// host registers another, as the Local host does with its test clock); the sleep between polls is real time.
/// </remarks>
public sealed class ReminderFunction(IServiceScopeFactory scopes, [FromKeyedServices(ReminderFunction.ClockKey)] TimeProvider clock,
    IOptions<ReminderOptions> options, ILogger<ReminderFunction> logger) : BackgroundService
{
    /// <summary>The name that selects this function in <c>--queues</c> (it consumes a table, not a queue).</summary>
    public const string Name = "reminders";
    public const string ClockKey = "reminders";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            int delivered;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                delivered = await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().DispatchAsync(clock, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Nothing is lost: the transaction rolled back and the rows stay pending for the next attempt.
                failures++;
                if (!TransientFailures.IsTransient(ex) || failures == 1)
                {
                    logger.LogWarning(ex, "Firing reminders failed (attempt {Attempt}); retrying.", failures);
                }
                await Sleep(TimeSpan.FromSeconds(Math.Min(30, failures)), stoppingToken);
                continue;
            }
            if (delivered > 0)
            {
                logger.LogDebug("Delivered {Count} reminders.", delivered);
            }
            if (delivered < options.Value.BatchSize)
            {
                await Sleep(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    private static async Task Sleep(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
