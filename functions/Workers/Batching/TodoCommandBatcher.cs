using System.Threading.Channels;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Workers.Batching;

/// <summary>
/// Group commit: commands handed in by concurrent consumers are applied up to
/// <see cref="MessagingOptions.MaxBatchSize"/> per transaction. When a batch fails, each of its commands
/// is applied alone, so one bad command fails (and is retried or dead-lettered) by itself.
/// Commands for the same todo always go to the same writer, which keeps their order.
/// </summary>
public sealed class TodoCommandBatcher(IServiceScopeFactory scopes, IOptions<MessagingOptions> options, ILogger<TodoCommandBatcher> logger)
    : BackgroundService
{
    private readonly Channel<PendingCommand>[] _writers = CreateWriters(options.Value.BatchWriters);

    public Task ApplyAsync(TodoCommand command, CancellationToken cancellationToken)
    {
        var pending = new PendingCommand(command);
        var writer = _writers[(int)((uint)command.TodoId.GetHashCode() % (uint)_writers.Length)];
        if (!writer.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The worker is stopping.");
        }
        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_writers.Select(w => RunWriterAsync(w.Reader, stoppingToken)));

    private async Task RunWriterAsync(ChannelReader<PendingCommand> reader, CancellationToken stoppingToken)
    {
        var max = Math.Clamp(options.Value.MaxBatchSize, 1, 200);
        var batch = new List<PendingCommand>(max);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < max && reader.TryRead(out var item))
                {
                    batch.Add(item);
                }
                await ApplyBatchAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Unfinished commands stay unacknowledged and are redelivered to the next worker.
        }
    }

    private async Task ApplyBatchAsync(List<PendingCommand> batch, CancellationToken cancellationToken)
    {
        try
        {
            var deferred = await ApplyAsync([.. batch.Select(p => p.Command)], cancellationToken);
            batch.ForEach(p => Complete(p, deferred));
            return;
        }
        catch (Exception ex) when (batch.Count > 1 && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "A batch of {Count} commands failed; applying them one by one", batch.Count);
        }
        catch (Exception ex)
        {
            batch[0].Completion.TrySetException(ex);
            return;
        }
        foreach (var pending in batch)
        {
            try
            {
                Complete(pending, await ApplyAsync([pending.Command], cancellationToken));
            }
            catch (Exception ex)
            {
                pending.Completion.TrySetException(ex);
            }
        }
    }

    private async Task<IReadOnlySet<Guid>> ApplyAsync(IReadOnlyList<TodoCommand> commands, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TodoCommandApplier>().ApplyAsync(commands, cancellationToken);
    }

    // A deferred command fails its consume, so the endpoint's retry policy brings it back later.
    private static void Complete(PendingCommand pending, IReadOnlySet<Guid> deferred)
    {
        if (deferred.Contains(pending.Command.CommandId))
        {
            pending.Completion.TrySetException(new TodoNotCreatedYetException(pending.Command.TodoId));
        }
        else
        {
            pending.Completion.TrySetResult();
        }
    }

    private static Channel<PendingCommand>[] CreateWriters(int count) =>
        [.. Enumerable.Range(0, Math.Max(1, count)).Select(_ => Channel.CreateUnbounded<PendingCommand>(new UnboundedChannelOptions { SingleReader = true }))];

    private sealed record PendingCommand(TodoCommand Command)
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
