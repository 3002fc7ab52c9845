using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Domain.Recurrence;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Core.Tests;

/// <summary>What a command does to the todos, without a database: the executor the write unit runs.</summary>
public sealed class TodoCommandExecutorTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc);
    private readonly Guid _user = Guid.NewGuid();
    private readonly Dictionary<Guid, Todo> _todos = [];

    private TodoCommand Command(TodoCommandKind kind, Guid todoId, TodoFields? fields = null, int secondsAfter = 0, Guid? user = null) => new()
    {
        CommandId = Guid.NewGuid(),
        UserId = user ?? _user,
        TodoId = todoId,
        Kind = kind,
        IssuedAt = new DateTimeOffset(Now.AddSeconds(secondsAfter)),
        Fields = fields,
    };

    private TodoCommandExecutor NewExecutor() => new(_todos, new HashSet<Guid>());

    private static TodoFields Rename(string title) => new(title) { Present = [TodoFieldNames.Title] };

    [Fact]
    public void ACreateAddsTheTodoAndRecordsItsViewAndBody()
    {
        var executor = NewExecutor();
        var create = Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("Water the ferns", Priority: "high"));

        var record = executor.Apply(create, Now);

        Assert.Equal(CommandStatus.Succeeded, record.Status);
        Assert.Contains("Water the ferns", record.Result);
        Assert.Contains(create.CommandId.ToString(), record.Body);
        Assert.Equal("Water the ferns", Assert.Single(executor.Created).Title);
        Assert.True(_todos.ContainsKey(create.TodoId));
    }

    [Fact]
    public void ASecondCreateWithTheSameIdFailsConflictAndChangesNothing()
    {
        var executor = NewExecutor();
        var id = Guid.NewGuid();
        executor.Apply(Command(TodoCommandKind.Create, id, new TodoFields("first")), Now);

        var second = executor.Apply(Command(TodoCommandKind.Create, id, new TodoFields("second")), Now);

        Assert.Equal((CommandStatus.Failed, "conflict"), (second.Status, second.ErrorCode));
        Assert.Equal("first", _todos[id].Title);
    }

    [Fact]
    public void AnotherUsersTodoIsNotFoundAndAnInvalidPatchFailsValidation()
    {
        var executor = NewExecutor();
        var id = Guid.NewGuid();
        executor.Apply(Command(TodoCommandKind.Create, id, new TodoFields("mine")), Now);

        var stranger = executor.Apply(Command(TodoCommandKind.Complete, id, user: Guid.NewGuid()), Now);
        var invalid = executor.Apply(Command(TodoCommandKind.Update, id, new TodoFields(Priority: "urgent") { Present = [TodoFieldNames.Priority] }), Now);

        Assert.Equal("not_found", stranger.ErrorCode);
        Assert.Equal("validation", invalid.ErrorCode);
        Assert.False(_todos[id].Completed);
    }

    [Fact]
    public void AnUpdateIssuedEarlierThanTheFieldsValueDoesNotOverwriteIt()
    {
        var executor = NewExecutor();
        var id = Guid.NewGuid();
        executor.Apply(Command(TodoCommandKind.Create, id, new TodoFields("v0")), Now);

        executor.Apply(Command(TodoCommandKind.Update, id, Rename("v2"), secondsAfter: 2), Now);
        var late = executor.Apply(Command(TodoCommandKind.Update, id, Rename("v1"), secondsAfter: 1), Now);

        Assert.Equal(CommandStatus.Succeeded, late.Status);
        Assert.Equal("v2", _todos[id].Title);
    }

    [Fact]
    public void AnExpectedVersionThatNoLongerMatchesFailsPreconditionFailed()
    {
        var executor = NewExecutor();
        var id = Guid.NewGuid();
        executor.Apply(Command(TodoCommandKind.Create, id, new TodoFields("v0")), Now);
        executor.Apply(Command(TodoCommandKind.Update, id, Rename("v1"), secondsAfter: 1), Now);

        var stale = executor.Apply(Command(TodoCommandKind.Complete, id, secondsAfter: 2) with { ExpectedVersion = 1 }, Now);

        Assert.Equal(TodoCommandExecutor.PreconditionFailed, stale.ErrorCode);
        Assert.False(_todos[id].Completed);
    }

    [Fact]
    public void CompletingARepeatingTodoCreatesItsNextOccurrenceOnceAndNeverOneThatWasDeleted()
    {
        var id = Guid.NewGuid();
        var daily = new TodoFields("Feed the cat", Due: "2026-12-04", Recurrence: new RecurrenceFields("FREQ=DAILY", "Europe/London"));
        var first = NewExecutor();
        first.Apply(Command(TodoCommandKind.Create, id, daily), Now);

        first.Apply(Command(TodoCommandKind.Complete, id, secondsAfter: 1), Now);
        first.Apply(Command(TodoCommandKind.Reopen, id, secondsAfter: 2), Now);
        first.Apply(Command(TodoCommandKind.Complete, id, secondsAfter: 3), Now);

        var nextId = RecurrenceIds.NextOccurrence(id, id);
        Assert.Equal(2, first.Created.Count);
        Assert.Equal("2026-12-05", _todos[nextId].Due?.ToString());

        var afterDelete = new Dictionary<Guid, Todo> { [id] = _todos[id] };
        afterDelete[id].Reopen(Now.AddSeconds(4), Now);
        var second = new TodoCommandExecutor(afterDelete, new HashSet<Guid> { nextId });
        var completed = second.Apply(Command(TodoCommandKind.Complete, id, secondsAfter: 5), Now);

        Assert.Equal(CommandStatus.Succeeded, completed.Status);
        Assert.Empty(second.Created);
    }

    [Fact]
    public void DeletingASeriesRemovesEveryOccurrenceButACreateRemovedAgainIsNeverInserted()
    {
        var executor = NewExecutor();
        var id = Guid.NewGuid();
        executor.Apply(Command(TodoCommandKind.Create, id, new TodoFields("Bins out", Due: "2026-12-04", Recurrence: new RecurrenceFields("FREQ=WEEKLY"))), Now);
        executor.Apply(Command(TodoCommandKind.Complete, id, secondsAfter: 1), Now);

        var deleted = executor.Apply(Command(TodoCommandKind.Delete, id, secondsAfter: 2) with { Series = true }, Now);

        Assert.Equal(CommandStatus.Succeeded, deleted.Status);
        Assert.Contains("\"occurrences\":2", deleted.Result);
        Assert.Empty(_todos);
        Assert.Empty(executor.Created);
        Assert.Empty(executor.Removed);
        Assert.Equal(2, executor.RemovedIds.Count);
    }

    [Fact]
    public void ACommandFromANewerContractVersionFailsInsteadOfBeingGuessedAt()
    {
        var executor = NewExecutor();
        var record = executor.Apply(Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("x")) with { Version = TodoCommand.CurrentVersion + 1 }, Now);
        Assert.Equal("unsupported_version", record.ErrorCode);
        Assert.Empty(_todos);
    }
}
