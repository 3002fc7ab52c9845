namespace TodoFunctions.Replay.Tests;

/// <summary>
/// Traffic for one user: creates with every field, then renames, completes, reopens and deletes, each
/// issued a little after the create it follows, as a client would send them.
/// </summary>
public static class Workload
{
    public static List<TodoCommand> For(Guid userId, int todos, string prefix)
    {
        var start = DateTimeOffset.UtcNow;
        var commands = new List<TodoCommand>();
        for (var i = 0; i < todos; i++)
        {
            var todoId = Guid.NewGuid();
            var at = start.AddMilliseconds(i * 4);
            commands.Add(Command(userId, todoId, TodoCommandKind.Create, at,
                new TodoFields($"{prefix} {i}", $"about {i}", $"2027-0{1 + i % 9}-1{i % 10}", i % 2 == 0 ? "high" : "low", [$"t{i % 3}", "replay"])));
            if (i % 2 == 0)
            {
                commands.Add(Command(userId, todoId, TodoCommandKind.Update, at.AddMilliseconds(1),
                    new TodoFields($"{prefix} {i} renamed", Tags: ["renamed"]) { Present = ["title", "tags"] }));
            }
            if (i % 3 == 0)
            {
                commands.Add(Command(userId, todoId, TodoCommandKind.Complete, at.AddMilliseconds(2)));
            }
            if (i % 6 == 0)
            {
                commands.Add(Command(userId, todoId, TodoCommandKind.Reopen, at.AddMilliseconds(3)));
            }
            if (i % 6 == 1) // no update, complete or reopen to race with the delete
            {
                commands.Add(Command(userId, todoId, TodoCommandKind.Delete, at.AddMilliseconds(3)));
            }
        }
        return commands;
    }

    private static TodoCommand Command(Guid userId, Guid todoId, TodoCommandKind kind, DateTimeOffset issuedAt, TodoFields? fields = null) => new()
    {
        CommandId = Guid.NewGuid(), UserId = userId, TodoId = todoId, Kind = kind, IssuedAt = issuedAt, Fields = fields,
    };
}
