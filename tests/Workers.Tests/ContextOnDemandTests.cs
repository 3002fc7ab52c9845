using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Persistence;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Workers.Tests;

/// <summary>
/// The worker's batches on real PostgreSQL through <see cref="TodoCommandApplier"/> in this process: a batch of creates of new
/// todos commits on a plain Npgsql transaction without ever creating the EF Core context, and every batch that needs entities
/// — a todo that exists, a command parked for a created todo, a reminder, an update — moves to the context and applies
/// exactly as before, nothing lost or doubled.
/// </summary>
public sealed class ContextOnDemandTests : IAsyncLifetime
{
    private Backbone _backbone = null!;

    public async ValueTask InitializeAsync() => _backbone = await Backbone.StartAsync();

    public async ValueTask DisposeAsync() => await _backbone.DisposeAsync();

    [Fact]
    public async Task ABatchOfNewTodosCommitsWithoutTheContextAndAnUpdateUsesIt()
    {
        var creates = Enumerable.Range(0, 20).Select(i => Create($"Plain {i}")).ToList();

        var (staged, usedContext) = await ApplyAsync(creates);

        Assert.False(usedContext, "a batch of creates of new todos created the EF Core context");
        Assert.Equal(20, staged.Records.Count(r => r.Status == CommandStatus.Succeeded));
        await AssertAppliedAsync(creates);
        Assert.Equal(20, await EventsForAsync(creates));

        var update = _backbone.Command(TodoCommandKind.Update, creates[0].TodoId, new TodoFields("Renamed") { Present = ["title"] });
        (staged, usedContext) = await ApplyAsync([update]);
        Assert.True(usedContext);
        Assert.Equal(CommandStatus.Succeeded, Assert.Single(staged.Records).Status);
        await using var db = _backbone.Db();
        Assert.Equal("Renamed", (await db.Todos.SingleAsync(t => t.Id == creates[0].TodoId, TestContext.Current.CancellationToken)).Title);
    }

    [Fact]
    public async Task ACreateOfATodoThatExistsMovesToTheContextAndFailsAsBefore()
    {
        var first = Create("Taken id");
        await ApplyAsync([first]);
        var again = _backbone.Command(TodoCommandKind.Create, first.TodoId, new TodoFields("Same id, new command"));
        var fresh = Create("Beside it");

        var (staged, usedContext) = await ApplyAsync([again, fresh]);

        Assert.True(usedContext);
        Assert.Equal(CommandStatus.Failed, staged.Records.Single(r => r.Id == again.CommandId).Status);
        Assert.Equal(CommandStatus.Succeeded, staged.Records.Single(r => r.Id == fresh.CommandId).Status);
        await using var db = _backbone.Db();
        Assert.Equal("Taken id", (await db.Todos.SingleAsync(t => t.Id == first.TodoId, TestContext.Current.CancellationToken)).Title);
        await AssertAppliedAsync([fresh]);
    }

    [Fact]
    public async Task ACreateThatParkedCommandsWaitForAppliesThemInTheSameTransaction()
    {
        var todoId = Guid.NewGuid();
        var create = _backbone.Command(TodoCommandKind.Create, todoId, new TodoFields("Overtaken"), issuedAt: DateTimeOffset.UtcNow.AddSeconds(-2));
        var update = _backbone.Command(TodoCommandKind.Update, todoId, new TodoFields("Updated after its create") { Present = ["title"] });
        var (parkedUpdate, _) = await ApplyAsync([update]);
        Assert.Equal(1, parkedUpdate.Parked);
        var other = Create("Unrelated");

        var (staged, usedContext) = await ApplyAsync([create, other]);

        Assert.True(usedContext);
        Assert.Equal(3, staged.Records.Count(r => r.Status == CommandStatus.Succeeded));
        await using var db = _backbone.Db();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal("Updated after its create", (await db.Todos.SingleAsync(t => t.Id == todoId, ct)).Title);
        Assert.False(await db.ParkedCommands.AnyAsync(p => p.TodoId == todoId, ct));
        await AssertAppliedAsync([create, update, other]);
    }

    [Fact]
    public async Task ACreateWithAReminderMovesToTheContextAndSchedulesIt()
    {
        var at = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ssK");
        var withReminder = _backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("Remind me", Reminders: [new ReminderFields(At: at)]));
        var plain = Create("No reminder");

        var (staged, usedContext) = await ApplyAsync([plain, withReminder]);

        Assert.True(usedContext);
        Assert.Equal(2, staged.Records.Count(r => r.Status == CommandStatus.Succeeded));
        await using var db = _backbone.Db();
        Assert.Equal(1, await db.Reminders.CountAsync(r => r.TodoId == withReminder.TodoId, TestContext.Current.CancellationToken));
        await AssertAppliedAsync([plain, withReminder]);
        Assert.Equal(2, await EventsForAsync([plain, withReminder]));
    }

    [Fact]
    public async Task ARedeliveredBatchOfCreatesIsSkippedWithoutTheContext()
    {
        var creates = Enumerable.Range(0, 5).Select(i => Create($"Once {i}")).ToList();
        await ApplyAsync(creates);

        var (staged, usedContext) = await ApplyAsync(creates);

        Assert.False(usedContext);
        Assert.Empty(staged.Records);
        await AssertAppliedAsync(creates);
        Assert.Equal(5, await EventsForAsync(creates));
    }

    [Fact]
    public async Task TwoReplicasApplyingACreateAndItsUpdateAtOnceNeverStrandTheUpdate()
    {
        // One replica applies a batch of creates on the plain transaction while another applies an update of one of those
        // todos on the context: whichever stages first, the update ends applied once, never left parked behind a create
        // that had already looked for parked commands.
        var ct = TestContext.Current.CancellationToken;
        for (var round = 0; round < 25; round++)
        {
            var creates = Enumerable.Range(0, 6).Select(i => _backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields($"Race {round}.{i}"),
                issuedAt: DateTimeOffset.UtcNow.AddSeconds(-1))).ToList();
            var target = creates[round % creates.Count];
            var update = _backbone.Command(TodoCommandKind.Update, target.TodoId, new TodoFields($"Updated {round}") { Present = ["title"] });

            var replicas = round % 2 == 0 ? new[] { creates, [update] } : new[] { [update], creates };
            await Task.WhenAll(replicas.Select(batch => Task.Run(() => ApplyAsync(batch), ct)));

            await using var db = _backbone.Db();
            Assert.Equal($"Updated {round}", (await db.Todos.SingleAsync(t => t.Id == target.TodoId, ct)).Title);
            Assert.False(await db.ParkedCommands.AnyAsync(p => p.TodoId == target.TodoId, ct), $"round {round}: the update stayed parked");
            await AssertAppliedAsync([.. creates, update]);
        }
    }

    private TodoCommand Create(string title) => _backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields(title));

    private async Task<(StagedCommands Staged, bool UsedContext)> ApplyAsync(IReadOnlyList<TodoCommand> commands)
    {
        await using var scope = _backbone.Scope();
        var staged = await scope.ServiceProvider.GetRequiredService<TodoCommandApplier>().ApplyAsync(commands, TestContext.Current.CancellationToken);
        return (staged, scope.ServiceProvider.GetRequiredService<Lazy<TodoDbContext>>().IsValueCreated);
    }

    private async Task AssertAppliedAsync(IReadOnlyList<TodoCommand> commands)
    {
        await using var db = _backbone.Db();
        var ct = TestContext.Current.CancellationToken;
        var commandIds = commands.Select(c => c.CommandId).ToList();
        var todoIds = commands.Select(c => c.TodoId).Distinct().ToList();
        Assert.Equal(commandIds.Count, await db.ProcessedCommands.CountAsync(p => commandIds.Contains(p.Id) && p.Status == CommandStatus.Succeeded, ct));
        Assert.Equal(todoIds.Count, await db.Todos.CountAsync(t => todoIds.Contains(t.Id), ct));
    }

    private async Task<int> EventsForAsync(IReadOnlyList<TodoCommand> commands)
    {
        await using var db = _backbone.Db();
        var ids = commands.Select(c => c.CommandId.ToString()).ToList();
        var events = await db.UserEvents.Where(e => e.UserId == _backbone.UserId).Select(e => e.Data).ToListAsync(TestContext.Current.CancellationToken);
        return events.Count(data => ids.Any(data.Contains));
    }
}
