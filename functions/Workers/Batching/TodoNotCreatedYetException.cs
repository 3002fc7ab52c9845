namespace TodoFunctions.Workers.Batching;

/// <summary>The command names a todo whose create has not been applied yet; retried with backoff.</summary>
public sealed class TodoNotCreatedYetException(Guid todoId)
    : Exception($"Todo {todoId} does not exist yet; the command will be retried.");
