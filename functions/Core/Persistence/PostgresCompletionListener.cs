using Microsoft.Extensions.Hosting;
using Npgsql;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Core.Persistence;

/// <summary>
/// LISTENs on <see cref="ChannelName"/>; workers NOTIFY it inside the transaction that applies a batch,
/// so PostgreSQL delivers the ids exactly when the commit becomes visible.
/// </summary>
internal sealed class PostgresCompletionListener(
    NpgsqlDataSource dataSource,
    CommandCompletionSignal signal,
    ILogger<PostgresCompletionListener> logger) : BackgroundService
{
    public const string ChannelName = "command_done";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => signal.Notify(ParseIds(e.Payload));
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Waiters still fall back to polling while the listener reconnects.
                logger.LogWarning(ex, "Command completion listener lost its connection; reconnecting");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private static IEnumerable<Guid> ParseIds(string payload)
    {
        foreach (var part in payload.Split(','))
        {
            if (Guid.TryParse(part, out var id))
            {
                yield return id;
            }
        }
    }
}
