using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TodoFunctions.Core.Events;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Reminders;

namespace TodoFunctions.Reminders.Tests;

/// <summary>
/// A migrated PostgreSQL database, a RabbitMQ vhost and a real worker process applying <c>todo-commands</c>
/// (which schedules reminders). Reminders are fired in this process by <see cref="ReminderDispatcher"/> on a
/// test clock, or by real worker processes (<c>--queues reminders</c>) that a test starts.
/// </summary>
public sealed class ReminderBackbone : IAsyncLifetime
{
    public Backbone Backbone { get; private set; } = null!;
    public WorkerProcess Applier { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Backbone = await Backbone.StartAsync();
        Applier = WorkerProcess.Start(Backbone.Environment, "--queues", QueueNames.TodoCommands);
    }

    public async Task<List<ProcessedCommand>> ApplyAsync(params TodoCommand[] commands)
    {
        await Backbone.PublishAsync(commands);
        var ids = commands.Select(c => c.CommandId).ToList();
        List<ProcessedCommand> outcomes = [];
        await Backbone.EventuallyAsync(async () =>
        {
            await using var db = Backbone.Db();
            outcomes = await db.ProcessedCommands.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync();
            return outcomes.Count == ids.Count;
        }, TimeSpan.FromSeconds(90), $"{ids.Count} commands applied");
        var failed = outcomes.FirstOrDefault(o => o.Status != CommandStatus.Succeeded);
        Assert.True(failed is null, $"{failed?.Kind} failed: {failed?.ErrorCode} {failed?.Error}");
        return outcomes;
    }

    public TodoCommand Create(Guid todoId, string title, string? due, IReadOnlyList<ReminderFields?> reminders, RecurrenceFields? recurrence = null) =>
        Backbone.Command(TodoCommandKind.Create, todoId, new TodoFields(title, Due: due, Recurrence: recurrence, Reminders: reminders));

    public async Task<List<Reminder>> RemindersOfAsync(Guid todoId)
    {
        await using var db = Backbone.Db();
        return await db.Reminders.AsNoTracking().Where(r => r.TodoId == todoId).OrderBy(r => r.ScheduledAt).ToListAsync();
    }

    /// <summary>Runs the dispatcher at the test clock's time until nothing is due; returns how many it delivered.</summary>
    public async Task<int> DispatchAllAsync(TimeProvider clock, int batchSize = 100, TimeSpan? missedAfter = null)
    {
        var options = Options.Create(new ReminderOptions { BatchSize = batchSize, MissedAfter = missedAfter ?? TimeSpan.FromMinutes(5) });
        var total = 0;
        while (true)
        {
            await using var db = Backbone.Db();
            var delivered = await new ReminderDispatcher(db, options, new UserEventSignal()).DispatchAsync(clock, TestContext.Current.CancellationToken);
            total += delivered;
            if (delivered == 0)
            {
                return total;
            }
        }
    }

    public async Task<List<JsonElement>> FiredEventsAsync()
    {
        await using var db = Backbone.Db();
        var data = await db.UserEvents.AsNoTracking().Where(e => e.Type == ReminderDispatcher.EventType).OrderBy(e => e.Id).Select(e => e.Data).ToListAsync();
        return [.. data.Select(d => JsonDocument.Parse(d).RootElement)];
    }

    public static FakeTimeProvider ClockAt(DateTimeOffset now) => new(now);

    public async ValueTask DisposeAsync()
    {
        Applier.Dispose();
        await Backbone.DisposeAsync();
    }
}
