using Npgsql;
using RabbitMQ.Client;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Operations;

namespace TodoFunctions.Http.Operations;

/// <summary>
/// One sample for the operator view, from the same probes as <c>tools/Replay top</c> (functions/Core/Operations):
/// every queue and its <c>_error</c> queue, applied/s and recent failures from PostgreSQL, and the worker
/// Deployments. A singleton: it keeps the AMQP connection, the failures cache and the previous sample.
/// </summary>
/// <remarks>Database figures come from PostgreSQL's statistics, through the data source the persistence layer
/// registers; on the embedded SQLite store there is none and the view shows no database figures.</remarks>
public sealed class OpsOverviewReader(IConfiguration configuration, IOptions<OperationsOptions> options, DeploymentReplicas deployments,
    TimeProvider clock, NpgsqlDataSource? dataSource = null) : IAsyncDisposable
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);
    private readonly DatabaseProbe _database = new(dataSource);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private QueueProbe? _queues;
    private (long Total, DateTimeOffset At)? _previous;

    public async Task<OpsOverview> ReadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            var (source, queues) = await ReadQueuesAsync(cancellationToken);
            var database = dataSource is null ? null : await ReadDatabaseAsync(now, cancellationToken);
            return new OpsOverview(now, source, queues, database, await deployments.ReadAsync(cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string, IReadOnlyList<OpsQueue>)> ReadQueuesAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetConnectionString("RabbitMQ") is not { Length: > 0 } amqp)
        {
            return ("none", []);
        }
        var management = options.Value.ManagementUri is { Length: > 0 } m ? new Uri(m) : null;
        if (_queues is null)
        {
            if (management is null)
            {
                _connection = await new ConnectionFactory { Uri = new Uri(amqp), ClientProvidedName = "todo-operator-view" }.CreateConnectionAsync(cancellationToken);
            }
            _queues = new QueueProbe(_connection, new Uri(amqp), management);
        }
        var result = new List<OpsQueue>();
        foreach (var queue in QueueNames.All)
        {
            foreach (var (name, error) in new[] { (queue, false), (queue + "_error", true) })
            {
                var f = await _queues.ReadAsync(name, cancellationToken);
                result.Add(new OpsQueue(f.Name, error, f.Exists, f.Ready, f.Consumers, f.Unacked, f.PublishRate, f.DeliverRate));
            }
        }
        return (management is null ? "amqp" : "management", result);
    }

    private async Task<OpsDatabase> ReadDatabaseAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var figures = await _database.ReadAsync(cancellationToken);
        double? rate = _previous is { } previous && now - previous.At is var elapsed && elapsed > TimeSpan.Zero && elapsed < RateWindow
            ? Math.Max(0, figures.RecordedTotal - previous.Total) / elapsed.TotalSeconds
            : null;
        _previous = (figures.RecordedTotal, now);
        return new OpsDatabase(figures.RecordedTotal, rate, figures.ParkedNow,
            [.. figures.RecentFailures.Select(f => new OpsFailure(new DateTimeOffset(DateTime.SpecifyKind(f.CompletedAt, DateTimeKind.Utc)), f.Kind, f.ErrorCode, f.CommandId, f.Reason))]);
    }

    public async ValueTask DisposeAsync()
    {
        _queues?.Dispose();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        _gate.Dispose();
    }
}
