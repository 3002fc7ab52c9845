using Microsoft.Extensions.Hosting;
using Npgsql;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Core.Persistence;

/// <summary>
/// LISTENs on <see cref="ChannelName"/>; workers NOTIFY it inside the transaction that applies a batch,
/// so PostgreSQL delivers the ids exactly when the commit becomes visible. The connection sends a keepalive
/// query when idle, so a half-open connection (a restarted server, a dropped route) is noticed within seconds
/// and replaced; every (re)connect wakes all waiters, since what was sent meanwhile is lost.
/// </summary>
internal sealed class PostgresCompletionListener(
    IConfiguration configuration,
    CommandCompletionSignal signal,
    Events.UserEventSignal userEvents,
    ILogger<PostgresCompletionListener> logger) : BackgroundService
{
    public const string ChannelName = "command_done";

    // Outside the pool: LISTEN pins the connection, and it needs its own keepalive and timeouts.
    private readonly NpgsqlDataSource _dataSource = new NpgsqlDataSourceBuilder(configuration.GetConnectionString("Todo"))
    {
        ConnectionStringBuilder = { Pooling = false, KeepAlive = 5, Timeout = 5, CommandTimeout = 5, TcpKeepAlive = true },
    }.Build();

    public override void Dispose()
    {
        _dataSource.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reconnecting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (e.Channel == Events.UserEventSignal.ChannelName)
                    {
                        userEvents.Notify(ParseIds(e.Payload));
                    }
                    else
                    {
                        signal.Notify(ParseIds(e.Payload));
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}; LISTEN {Events.UserEventSignal.ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                if (reconnecting)
                {
                    logger.LogInformation("Command completion listener reconnected");
                    reconnecting = false;
                }
                signal.WakeAll();
                userEvents.WakeAll();
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
                if (!reconnecting)
                {
                    logger.LogWarning("Command completion listener lost its connection ({Reason}); reconnecting", ex.GetBaseException().Message);
                    reconnecting = true;
                }
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
