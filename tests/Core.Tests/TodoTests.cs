using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Tests;

public sealed class TodoTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    private static Todo NewTodo() =>
        Todo.Create(Guid.NewGuid(), Guid.NewGuid(), TodoRules.Validate(new TodoFields("Call mom", Due: "2026-12-01T18:00:00-05:00"), true, out _), Now);

    [Fact]
    public void CompletingTwiceChangesNothingTheSecondTime()
    {
        var todo = NewTodo();
        Assert.True(todo.Complete(Now.AddMinutes(1)));
        var version = todo.Version;
        Assert.False(todo.Complete(Now.AddMinutes(2)));
        Assert.Equal(version, todo.Version);
        Assert.Equal(Now.AddMinutes(1), todo.CompletedAt);
    }

    [Fact]
    public void ReopeningClearsTheCompletion()
    {
        var todo = NewTodo();
        todo.Complete(Now);
        Assert.True(todo.Reopen(Now.AddMinutes(1)));
        Assert.False(todo.Completed);
        Assert.Null(todo.CompletedAt);
        Assert.Equal(3, todo.Version);
    }

    [Fact]
    public void RemovingTheDueDateMakesTheTodoUndated()
    {
        var todo = NewTodo();
        todo.Update(TodoRules.Validate(new TodoFields { Present = ["due"] }, false, out _), Now);
        Assert.Null(todo.Due);
        Assert.Null(todo.DueSortUtc);
        Assert.Equal("Call mom", todo.Title);
    }

    [Fact]
    public void TheDueKeepsItsOffset() => Assert.Equal("2026-12-01T18:00:00-05:00", NewTodo().Due.ToString());
}
