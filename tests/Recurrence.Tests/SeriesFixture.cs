using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Recurrence.Tests;

/// <summary>
/// A migrated PostgreSQL database, a RabbitMQ vhost and two real worker processes applying
/// <c>todo-commands</c>. Commands carry the <c>issuedAt</c> a test chooses: that moment is the series' "now".
/// </summary>
public sealed class SeriesFixture : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public Backbone Backbone { get; private set; } = null!;
    public List<WorkerProcess> Workers { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Backbone = await Backbone.StartAsync();
        Workers.Add(StartWorker());
        Workers.Add(StartWorker());
    }

    public WorkerProcess StartWorker() => WorkerProcess.Start(Backbone.Environment, "--queues", QueueNames.TodoCommands);

    public TodoCommand Command(TodoCommandKind kind, Guid todoId, DateTimeOffset issuedAt, TodoFields? fields = null) =>
        Backbone.Command(kind, todoId, fields, issuedAt: issuedAt);

    public async Task<Guid> CreateAsync(string rule, string timeZone, string? due, DateTimeOffset issuedAt)
    {
        var id = Guid.NewGuid();
        var create = Command(TodoCommandKind.Create, id, issuedAt,
            new TodoFields("Series " + rule, "notes", due, "high", ["home"], new RecurrenceFields(rule, timeZone)));
        var outcome = await ApplyAsync(create);
        Assert.True(outcome.Status == CommandStatus.Succeeded, $"create failed: {outcome.ErrorCode} {outcome.Error}");
        return id;
    }

    /// <returns>The command's result (the completed todo with <c>next</c>).</returns>
    public async Task<JsonElement> CompleteAsync(Guid todoId, DateTimeOffset issuedAt)
    {
        var outcome = await ApplyAsync(Command(TodoCommandKind.Complete, todoId, issuedAt));
        Assert.True(outcome.Status == CommandStatus.Succeeded, $"complete failed: {outcome.ErrorCode} {outcome.Error}");
        return JsonDocument.Parse(outcome.Result!).RootElement;
    }

    /// <summary>Completes each occurrence on time, <paramref name="count"/> times; returns every due of the series.</summary>
    public async Task<List<string>> ChainAsync(string rule, string timeZone, string firstDue, int count)
    {
        var issuedAt = DateTimeOffset.Parse(firstDue, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1);
        var id = await CreateAsync(rule, timeZone, firstDue, issuedAt);
        for (var i = 0; i < count; i++)
        {
            var next = (await CompleteAsync(id, issuedAt.AddSeconds(i + 1))).GetProperty("next");
            if (next.GetProperty("seriesEnded").GetBoolean())
            {
                break;
            }
            id = next.GetProperty("id").GetGuid();
        }
        return [.. (await SeriesAsync(id)).Select(t => t.Due!.Value.ToString())];
    }

    public async Task<List<Todo>> SeriesAsync(Guid memberId)
    {
        await using var db = Backbone.Db();
        var seriesId = await db.Todos.Where(t => t.Id == memberId).Select(t => t.SeriesId).SingleAsync();
        return await db.Todos.Where(t => t.SeriesId == seriesId).OrderBy(t => t.DueSortUtc).AsNoTracking().ToListAsync();
    }

    public async Task<ProcessedCommand> ApplyAsync(TodoCommand command)
    {
        await Backbone.PublishAsync([command]);
        ProcessedCommand? outcome = null;
        await EventuallyAsync(async () =>
        {
            await using var db = Backbone.Db();
            outcome = await db.ProcessedCommands.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.CommandId);
            return outcome is not null;
        }, $"{command.Kind} {command.TodoId}");
        return outcome!;
    }

    public static async Task EventuallyAsync(Func<Task<bool>> done, string what, TimeSpan? timeout = null)
    {
        try
        {
            await Backbone.EventuallyAsync(done, timeout ?? Timeout, what);
        }
        catch (TimeoutException ex)
        {
            Assert.Fail(ex.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in Workers)
        {
            worker.Dispose();
        }
        await Backbone.DisposeAsync();
    }
}

[CollectionDefinition(nameof(SeriesCollection))]
public sealed class SeriesCollection : ICollectionFixture<SeriesFixture>;
