using System.Diagnostics;
using System.Threading.Channels;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Telemetry;
using TodoFunctions.Core.Reliability;
using TodoFunctions.Core.Services;
using TodoFunctions.Workers.Health;

namespace TodoFunctions.Workers.Batching;

/// <summary>
/// Group commit: commands handed in by concurrent consumers are applied up to
/// <see cref="MessagingOptions.MaxBatchSize"/> per transaction. When a batch fails, each of its commands
/// is applied alone, so one bad command fails (and is retried or dead-lettered) by itself. While the
/// database is unreachable a batch waits and retries for as long as the outage lasts: an infrastructure
/// failure never fails a command. Commands of the same user — so of the same todo — always go to the same
/// writer: its batches then hold that user's event lock (see <see cref="TodoWriteUnit"/>) without waiting for
/// the other writer's commit.
/// </summary>
/// <remarks>
/// Shutdown: MassTransit stops first (it is registered after this service), so consumers stop receiving
/// and wait here while the writers finish what they hold. Then the writers are completed; anything still
/// queued is cancelled, which MassTransit turns into a redelivery — never an acknowledgement.
/// </remarks>
public sealed class TodoCommandBatcher(
    IServiceScopeFactory scopes,
    DatabaseAvailability database,
    WorkerMetrics metrics,
    ConsumptionFrontier frontier,
    IOptions<MessagingOptions> options,
    ILogger<TodoCommandBatcher> logger) : BackgroundService
{
    private readonly Channel<PendingCommand>[] _writers = CreateWriters(options.Value.BatchWriters);
    private int _firstCommitLogged;

    public async Task ApplyAsync(TodoCommand command, CancellationToken cancellationToken)
    {
        // The consume span of this message: the batch that applies it continues its trace.
        var pending = new PendingCommand(command, Activity.Current?.Context ?? default);
        var writer = _writers[(int)((uint)command.UserId.GetHashCode() % (uint)_writers.Length)];
        if (!writer.Writer.TryWrite(pending))
        {
            throw new OperationCanceledException("The worker is stopping; the message goes back to the queue.", cancellationToken);
        }
        metrics.MessageStarted();
        frontier.Received(command.IssuedAt);
        try
        {
            await pending.Completion.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            frontier.Finished();
            metrics.MessageFinished();
        }
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var writer in _writers)
        {
            writer.Writer.TryComplete();
        }
        return base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_writers.Select(w => RunWriterAsync(w.Reader, stoppingToken)));

    private void LogFirstCommit()
    {
        if (Interlocked.Exchange(ref _firstCommitLogged, 1) == 1)
        {
            return;
        }
        using var process = Process.GetCurrentProcess();
        logger.LogInformation(
            "First batch committed {Elapsed:F0} ms after the process started ({Methods} methods JIT-compiled so far, {JitMs:F0} ms of JIT)",
            (DateTime.Now - process.StartTime).TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount(),
            System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
    }

    private async Task RunWriterAsync(ChannelReader<PendingCommand> reader, CancellationToken stoppingToken)
    {
        var max = Math.Clamp(options.Value.MaxBatchSize, 1, 200);
        var batch = new List<PendingCommand>(max);
        // Reads until the channel is completed, so nothing handed in is left without an answer.
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < max && reader.TryRead(out var item))
            {
                batch.Add(item);
            }
            if (stoppingToken.IsCancellationRequested)
            {
                batch.ForEach(p => p.Completion.TrySetCanceled(stoppingToken));
                continue;
            }
            await ApplyBatchAsync(batch, stoppingToken);
        }
    }

    private async Task ApplyBatchAsync(List<PendingCommand> batch, CancellationToken stoppingToken)
    {
        try
        {
            await ApplyAsync(batch, stoppingToken);
            return;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            batch.ForEach(p => p.Completion.TrySetCanceled(stoppingToken));
            return;
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            logger.LogWarning("A batch of {Count} commands failed ({Reason}); applying them one by one", batch.Count, ex.GetBaseException().Message);
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
                await ApplyAsync([pending], stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                pending.Completion.TrySetCanceled(stoppingToken);
            }
            catch (Exception ex)
            {
                // Only a command that fails for a reason of its own gets here: MassTransit retries it and
                // then moves it to the error queue, alone.
                pending.Completion.TrySetException(ex);
            }
        }
    }

    private async Task ApplyAsync(List<PendingCommand> batch, CancellationToken stoppingToken)
    {
        var commands = batch.ConvertAll(p => p.Command);
        // One transaction serves many traces: it continues the first command's and links the others'.
        using var activity = TodoActivities.Source.StartActivity("apply todo batch", ActivityKind.Internal, batch[0].Trace,
            links: batch.Skip(1).Where(p => p.Trace != default).Select(p => new ActivityLink(p.Trace)));
        activity?.SetTag("todo.batch.size", batch.Count);
        var staged = await database.RetryWhileUnavailableAsync(async token =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TodoCommandApplier>().ApplyAsync(commands, token);
        }, stoppingToken);
        metrics.BatchCommitted(batch.Count, staged.Records.Count - staged.Failed, staged.Failed, staged.Parked);
        TodoMetrics.BatchSize.Observe(batch.Count);
        foreach (var record in staged.Records)
        {
            metrics.EndToEnd.Observe(record.CompletedAt - record.IssuedAt);
            (record.Status == CommandStatus.Succeeded ? TodoMetrics.Applied : TodoMetrics.Failed).WithLabels(record.Kind).Inc();
        }
        batch.ForEach(p => p.Completion.TrySetResult());
        LogFirstCommit();
    }

    private static Channel<PendingCommand>[] CreateWriters(int count) =>
        [.. Enumerable.Range(0, Math.Max(1, count)).Select(_ => Channel.CreateUnbounded<PendingCommand>(new UnboundedChannelOptions { SingleReader = true }))];

    private sealed record PendingCommand(TodoCommand Command, ActivityContext Trace)
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
