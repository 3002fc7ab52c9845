using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Domain.Recurrence;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Services;

/// <summary>
/// What commands do to the todos a batch loaded, without a database: each command changes the todos in
/// memory and yields its <see cref="ProcessedCommand"/> (succeeded, or failed for a reason of its own).
/// <see cref="TodoWriteUnit"/> loads what it needs, persists what it did and commits.
/// </summary>
/// <param name="todos">The batch's todos by id, changed in place: creates add to it, deletes remove from it.</param>
/// <param name="deletedOccurrences">Next occurrences that were deleted: completing their predecessor again must not bring them back.</param>
public sealed class TodoCommandExecutor(Dictionary<Guid, Todo> todos, IReadOnlySet<Guid> deletedOccurrences)
{
    /// <summary>The failed outcome of a conditional command (If-Match) that another write overtook.</summary>
    public const string PreconditionFailed = "precondition_failed";

    private readonly Dictionary<Guid, Todo> _created = [];
    private readonly Dictionary<Guid, Todo> _removed = [];
    private readonly HashSet<Guid> _removedIds = [];

    /// <summary>Todos this executor created and did not remove again: rows to insert.</summary>
    public IReadOnlyCollection<Todo> Created => _created.Values;

    /// <summary>Todos that existed before and were removed: rows to delete.</summary>
    public IReadOnlyCollection<Todo> Removed => _removed.Values;

    /// <summary>Every todo removed, including ones created and removed here (their reminders go too).</summary>
    public IReadOnlySet<Guid> RemovedIds => _removedIds;

    /// <summary>The command's outcome, with its request hash and body, ready to be recorded.</summary>
    public ProcessedCommand Apply(TodoCommand command, DateTime nowUtc)
    {
        var kind = CommandKinds.Of(command.Kind);
        var issuedAt = command.IssuedAt.UtcDateTime;
        ProcessedCommand record;
        try
        {
            var result = Execute(command, nowUtc);
            record = ProcessedCommand.Succeeded(command.CommandId, command.UserId, kind, command.TodoId,
                JsonSerializer.Serialize(result, CoreJson.Options), issuedAt, nowUtc);
        }
        catch (TodoDomainException ex)
        {
            var error = ex.Errors is null ? ex.Message : JsonSerializer.Serialize(ex.Errors, CoreJson.Options);
            record = ProcessedCommand.Failed(command.CommandId, command.UserId, kind, command.TodoId, ex.Code, error, issuedAt, nowUtc);
        }
        return record.WithRequestHash(command.RequestHash).WithBody(JsonSerializer.Serialize(command, CoreJson.Options));
    }

    private object Execute(TodoCommand command, DateTime nowUtc)
    {
        if (command.Version > TodoCommand.CurrentVersion)
        {
            throw new TodoDomainException("unsupported_version", $"Command version {command.Version} is newer than this worker understands.");
        }
        var issuedAt = command.IssuedAt.UtcDateTime;
        if (command.Kind == TodoCommandKind.Create)
        {
            if (todos.ContainsKey(command.TodoId))
            {
                throw new TodoDomainException("conflict", "A todo with this id already exists.");
            }
            var created = Todo.Create(command.TodoId, command.UserId, Validate(command, isCreate: true), issuedAt, nowUtc);
            AddNew(created);
            return TodoView.From(created);
        }

        if (!todos.TryGetValue(command.TodoId, out var todo) || todo.UserId != command.UserId)
        {
            throw new TodoDomainException("not_found", "The todo does not exist.");
        }
        if (command.ExpectedVersion is { } expected && todo.Version != expected)
        {
            throw new TodoDomainException(PreconditionFailed,
                $"The todo changed after the version you sent in If-Match (\"{expected}\"); it is now \"{todo.Version}\". GET it again and retry with its ETag.");
        }
        switch (command.Kind)
        {
            case TodoCommandKind.Update:
                todo.Update(Validate(command, isCreate: false), issuedAt, nowUtc);
                break;
            case TodoCommandKind.Complete:
                if (todo.Complete(issuedAt, nowUtc) && todo.Recurrence is { } recurrence)
                {
                    return TodoView.From(todo) with { Next = ScheduleNext(todo, recurrence, issuedAt, nowUtc) };
                }
                break;
            case TodoCommandKind.Reopen:
                todo.Reopen(issuedAt, nowUtc);
                break;
            case TodoCommandKind.Delete when command.Series && todo.SeriesId is { } seriesId:
                var members = todos.Values.Where(t => t.SeriesId == seriesId && t.UserId == command.UserId).ToList();
                members.ForEach(Remove);
                return new { deleted = todo.Id, series = seriesId, occurrences = members.Count };
            case TodoCommandKind.Delete:
                Remove(todo);
                return new { deleted = todo.Id };
            default:
                throw new TodoDomainException("unsupported_kind", $"Unknown command kind {command.Kind}.");
        }
        return TodoView.From(todo);
    }

    private void AddNew(Todo created)
    {
        _created[created.Id] = created;
        todos[created.Id] = created;
    }

    private void Remove(Todo todo)
    {
        _removedIds.Add(todo.Id);
        if (!_created.Remove(todo.Id))
        {
            _removed[todo.Id] = todo;
        }
        todos.Remove(todo.Id);
    }

    /// <summary>
    /// Creates the occurrence after a completed one, in the completing transaction. Its id is derived from
    /// the series and the completed occurrence, so a redelivered, repeated or raced completion finds it
    /// already there. "Now" is when the completion was issued, so a replay computes the same due.
    /// </summary>
    private NextOccurrenceView ScheduleNext(Todo completed, TodoRecurrence recurrence, DateTime issuedAt, DateTime nowUtc)
    {
        var seriesStart = completed.SeriesStart ?? TodoRecurrence.SeriesStartText(DateOnly.FromDateTime(completed.CreatedAt), null);
        var due = recurrence.Next(seriesStart, completed.Due, issuedAt, out var skipped);
        if (due is null)
        {
            return new NextOccurrenceView(null, null, skipped, SeriesEnded: true);
        }
        var nextId = RecurrenceIds.NextOccurrence(completed.SeriesId ?? completed.Id, completed.Id);
        if (todos.TryGetValue(nextId, out var existing))
        {
            return new NextOccurrenceView(nextId, existing.Due?.ToString(), skipped, SeriesEnded: false);
        }
        if (deletedOccurrences.Contains(nextId))
        {
            return new NextOccurrenceView(null, null, skipped, SeriesEnded: false);
        }
        var next = Todo.NextOccurrence(nextId, completed, due.Value, issuedAt, nowUtc);
        AddNew(next);
        return new NextOccurrenceView(nextId, due.Value.ToString(), skipped, SeriesEnded: false);
    }

    private static TodoInput Validate(TodoCommand command, bool isCreate)
    {
        var input = TodoRules.Validate(command.Fields ?? new TodoFields(), isCreate, out var errors);
        return errors.Count == 0 ? input : throw new TodoDomainException("validation", "The todo is not valid.", errors);
    }
}
