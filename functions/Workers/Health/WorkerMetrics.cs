using System.Globalization;
using System.Text;

namespace TodoFunctions.Workers.Health;

/// <summary>
/// What this worker process has done, for its health port (<c>/metrics</c>, <c>/stats</c>), the scaling
/// simulator and operators. Counters only grow; in-flight rises and falls.
/// </summary>
public sealed class WorkerMetrics
{
    private long _applied;
    private long _failed;
    private long _parked;
    private long _batches;
    private long _batchedCommands;
    private long _lastBatchSize;
    private long _inFlight;
    private long _chatTurns;
    private long _lastActivityMs;

    public bool Draining { get; set; }

    /// <summary>issuedAt → commit of every todo command this worker recorded (succeeded or failed).</summary>
    public LatencyHistogram EndToEnd { get; } = new("todo_worker_end_to_end_seconds",
        "Seconds from the HTTP function accepting a todo command (issuedAt) to the commit that recorded it.");

    public long InFlight => Interlocked.Read(ref _inFlight);

    /// <summary><see cref="Environment.TickCount64"/> when a message last started or finished.</summary>
    public long LastActivityMs => Interlocked.Read(ref _lastActivityMs);

    public void MessageStarted()
    {
        Interlocked.Increment(ref _inFlight);
        Interlocked.Exchange(ref _lastActivityMs, Environment.TickCount64);
    }

    public void MessageFinished()
    {
        Interlocked.Decrement(ref _inFlight);
        Interlocked.Exchange(ref _lastActivityMs, Environment.TickCount64);
    }

    public void BatchCommitted(int size, int applied, int failed, int parked)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _batchedCommands, size);
        Interlocked.Exchange(ref _lastBatchSize, size);
        Interlocked.Add(ref _applied, applied);
        Interlocked.Add(ref _failed, failed);
        Interlocked.Add(ref _parked, parked);
    }

    public void ChatTurnFinished() => Interlocked.Increment(ref _chatTurns);

    public WorkerStats Snapshot(IReadOnlyList<string> queues, bool databaseAvailable) => new(
        queues, Interlocked.Read(ref _applied), Interlocked.Read(ref _failed), Interlocked.Read(ref _parked),
        Interlocked.Read(ref _chatTurns), InFlight, Interlocked.Read(ref _batches), Interlocked.Read(ref _batchedCommands),
        Interlocked.Read(ref _lastBatchSize), Draining, databaseAvailable);

    /// <summary>Prometheus text exposition format 0.0.4.</summary>
    public static string ToPrometheus(WorkerStats stats, params LatencyHistogram[] histograms)
    {
        var text = new StringBuilder();
        void Metric(string name, string type, string help, double value)
        {
            text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
            text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
            text.Append(name).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        Metric("todo_worker_commands_applied_total", "counter", "Todo commands committed as succeeded.", stats.Applied);
        Metric("todo_worker_commands_failed_total", "counter", "Todo commands committed as failed (they can never succeed).", stats.Failed);
        Metric("todo_worker_commands_parked_total", "counter", "Commands parked until the todo they name is created.", stats.Parked);
        Metric("todo_worker_chat_turns_total", "counter", "Chat turns finished.", stats.ChatTurns);
        Metric("todo_worker_messages_in_flight", "gauge", "Messages received and not yet acknowledged.", stats.InFlight);
        Metric("todo_worker_batches_total", "counter", "Transactions committed by the batcher.", stats.Batches);
        Metric("todo_worker_batched_commands_total", "counter", "Commands in those transactions.", stats.BatchedCommands);
        Metric("todo_worker_last_batch_size", "gauge", "Commands in the last transaction.", stats.LastBatchSize);
        Metric("todo_worker_draining", "gauge", "1 after SIGTERM while the worker finishes what it holds.", stats.Draining ? 1 : 0);
        Metric("todo_worker_database_up", "gauge", "0 while the database is not answering.", stats.DatabaseAvailable ? 1 : 0);
        foreach (var histogram in histograms)
        {
            histogram.WriteTo(text);
        }
        return text.ToString();
    }
}

public sealed record WorkerStats(
    IReadOnlyList<string> Queues, long Applied, long Failed, long Parked, long ChatTurns, long InFlight,
    long Batches, long BatchedCommands, long LastBatchSize, bool Draining, bool DatabaseAvailable);
