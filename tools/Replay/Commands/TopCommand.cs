using Npgsql;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Operations;
using TodoFunctions.Replay.ErrorQueues;
using TodoFunctions.Replay.Top;

namespace TodoFunctions.Replay.Commands;

/// <summary>A live operator view: every queue and error queue, applied/s and recent failures. Ctrl+C stops it.</summary>
public sealed class TopCommand(IAnsiConsole console) : AsyncCommand<TopSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, TopSettings settings, CancellationToken cancellationToken)
    {
        var interval = TimeArguments.Duration(settings.Interval, "--interval") ?? TimeSpan.FromSeconds(2);
        var amqp = Broker.ParseUri(settings.Amqp);
        await using var connection = await Broker.ConnectAsync(settings.Amqp, cancellationToken);
        var db = settings.Db ?? Environment.GetEnvironmentVariable("ConnectionStrings__Todo");
        await using var dataSource = string.IsNullOrWhiteSpace(db) ? null : NpgsqlDataSource.Create(db);
        var database = dataSource is null ? null : new DatabaseProbe(dataSource);
        using var queues = new QueueProbe(connection, amqp, settings.Management is { Length: > 0 } m ? new Uri(m) : null);
        var names = QueueNames.All.SelectMany(q => new[] { q, ErrorQueue.NameOf(q) }).ToList();

        async Task<TopSample> SampleAsync()
        {
            var figures = new List<QueueFigures>();
            foreach (var name in names)
            {
                try
                {
                    figures.Add(await queues.ReadAsync(name, cancellationToken));
                }
                catch (HttpRequestException ex) when (ex.StatusCode is not null)
                {
                    throw new ToolException(ex.Message);
                }
            }
            DatabaseFigures? dbFigures;
            try
            {
                dbFigures = database is null ? null : await database.ReadAsync(cancellationToken);
            }
            catch (NpgsqlException ex)
            {
                throw new ToolException($"Cannot read the database: {ex.Message}");
            }
            return new TopSample(DateTime.UtcNow, figures, dbFigures);
        }

        var previous = await SampleAsync();
        if (settings.Once)
        {
            await Task.Delay(interval, cancellationToken);
            console.Write(TopView.Render(previous, await SampleAsync()));
            return ExitCodes.Ok;
        }
        try
        {
            await console.Live(TopView.Render(null, previous)).StartAsync(async live =>
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    await Task.Delay(interval, cancellationToken);
                    var current = await SampleAsync();
                    live.UpdateTarget(TopView.Render(previous, current));
                    previous = current;
                }
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: the last view stays on screen.
        }
        return ExitCodes.Ok;
    }
}
