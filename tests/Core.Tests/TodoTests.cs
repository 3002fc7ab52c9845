using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Tests;

public sealed class TodoTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    private static Todo NewTodo() =>
        Todo.Create(Guid.NewGuid(), Guid.NewGuid(), TodoRules.Validate(new TodoFields("Call mom", Due: "2026-12-01T18:00:00-05:00"), true, out _), Now, Now);

    [Fact]
    public void CompletingTwiceChangesNothingTheSecondTime()
    {
        var todo = NewTodo();
        Assert.True(todo.Complete(Now.AddMinutes(1), Now.AddMinutes(1)));
        var version = todo.Version;
        Assert.False(todo.Complete(Now.AddMinutes(2), Now.AddMinutes(2)));
        Assert.Equal(version, todo.Version);
        Assert.Equal(Now.AddMinutes(1), todo.CompletedAt);
    }

    [Fact]
    public void ReopeningClearsTheCompletion()
    {
        var todo = NewTodo();
        todo.Complete(Now, Now);
        Assert.True(todo.Reopen(Now.AddMinutes(1), Now.AddMinutes(1)));
        Assert.False(todo.Completed);
        Assert.Null(todo.CompletedAt);
        Assert.Equal(3, todo.Version);
    }

    [Fact]
    public void RemovingTheDueDateMakesTheTodoUndated()
    {
        var todo = NewTodo();
        todo.Update(TodoRules.Validate(new TodoFields { Present = ["due"] }, false, out _), Now, Now);
        Assert.Null(todo.Due);
        Assert.Null(todo.DueSortUtc);
        Assert.Equal("Call mom", todo.Title);
    }

    [Fact]
    public void TheDueKeepsItsOffset() => Assert.Equal("2026-12-01T18:00:00-05:00", NewTodo().Due.ToString());

    [Fact]
    public void TheLastAcceptedWriteWinsWhateverOrderTheCommandsArriveIn()
    {
        var renameToA = TodoRules.Validate(new TodoFields("A") { Present = ["title"] }, false, out _);
        var renameToB = TodoRules.Validate(new TodoFields("B") { Present = ["title"] }, false, out _);
        var inOrder = NewTodo();
        inOrder.Update(renameToA, Now.AddSeconds(1), Now);
        inOrder.Update(renameToB, Now.AddSeconds(2), Now);
        var reversed = NewTodo();
        reversed.Update(renameToB, Now.AddSeconds(2), Now);
        Assert.False(reversed.Update(renameToA, Now.AddSeconds(1), Now));
        Assert.Equal("B", inOrder.Title);
        Assert.Equal("B", reversed.Title);
    }

    [Fact]
    public void AnOlderCompleteDoesNotUndoANewerReopen()
    {
        var todo = NewTodo();
        Assert.False(todo.Reopen(Now.AddSeconds(2), Now));
        Assert.False(todo.Complete(Now.AddSeconds(1), Now));
        Assert.False(todo.Completed);
    }

    [Fact]
    public void PatchesOfDifferentFieldsBothApplyInEitherOrder()
    {
        var todo = NewTodo();
        todo.Update(TodoRules.Validate(new TodoFields(Priority: "high") { Present = ["priority"] }, false, out _), Now.AddSeconds(2), Now);
        todo.Update(TodoRules.Validate(new TodoFields("Renamed") { Present = ["title"] }, false, out _), Now.AddSeconds(1), Now);
        Assert.Equal("Renamed", todo.Title);
        Assert.Equal(TodoPriority.High, todo.Priority);
    }
}
