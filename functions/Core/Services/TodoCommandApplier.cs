using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Services;

/// <summary>
/// Applies todo commands: a whole batch in one transaction, each command's effect together with its
/// <see cref="ProcessedCommand"/> row, so a command already recorded is skipped (redelivery, replay).
/// A command that can never succeed is recorded as failed; anything else throws and the caller retries.
/// </summary>
public sealed class TodoCommandApplier(TodoDbContext db, TimeProvider clock, CommandCompletionSignal signal)
{
    /// <summary>
    /// How long a command may wait for the todo it names to be created. Clients choose todo ids, so a
    /// "complete" can overtake its "create" (another worker, a redelivery); it is deferred, not failed.
    /// </summary>
    public static readonly TimeSpan MissingTodoGrace = TimeSpan.FromSeconds(10);

    // On PostgreSQL new rows are written by COPY in SaveAsync instead of through EF change tracking.
    private readonly Dictionary<Guid, Todo> _newTodos = [];
    private readonly List<ProcessedCommand> _newRecords = [];

    /// <returns>The ids of commands deferred because their todo does not exist yet: nothing was recorded for them.</returns>
    public async Task<IReadOnlySet<Guid>> ApplyAsync(IReadOnlyList<TodoCommand> commands, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var staged = await StageAsync(commands, allowDeferral: true, cancellationToken);
        var completed = staged.Records.Select(r => r.Id).ToList();
        if (completed.Count > 0)
        {
            await NotifyOnCommitAsync(completed, cancellationToken);
            await SaveAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        signal.Notify(commands.Select(c => c.CommandId).Where(id => !staged.Deferred.Contains(id)));
        return staged.Deferred;
    }

    /// <summary>
    /// Adds the effects and <see cref="ProcessedCommand"/> rows of the commands not applied before to the
    /// context, without saving, so a caller can commit them with other changes (a chat turn).
    /// </summary>
    public async Task<StagedCommands> StageAsync(IReadOnlyList<TodoCommand> commands, bool allowDeferral, CancellationToken cancellationToken)
    {
        var distinct = commands.DistinctBy(c => c.CommandId).ToList();
        var ids = distinct.Select(c => c.CommandId).ToList();
        var done = await db.ProcessedCommands.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var pending = distinct.Where(c => !done.Contains(c.CommandId)).ToList();
        var records = new List<ProcessedCommand>();
        var deferred = new HashSet<Guid>();
        if (pending.Count == 0)
        {
            return new StagedCommands(records, deferred);
        }
        var todoIds = pending.Select(c => c.TodoId).Distinct().ToList();
        var todos = await db.Todos.Where(t => todoIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        foreach (var command in pending)
        {
            if (allowDeferral && WaitsForCreation(command, todos, nowUtc))
            {
                deferred.Add(command.CommandId);
                continue;
            }
            var record = Apply(command, todos, nowUtc);
            if (db.IsPostgres)
            {
                _newRecords.Add(record);
            }
            else
            {
                db.ProcessedCommands.Add(record);
            }
            records.Add(record);
        }
        return new StagedCommands(records, deferred);
    }

    /// <summary>Forgets staged rows after the caller rolled its transaction back.</summary>
    public void Discard()
    {
        _newTodos.Clear();
        _newRecords.Clear();
    }

    /// <summary>Saves what <see cref="StageAsync"/> staged, plus anything else the context tracks.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            await PostgresBulkInsert.TodosAsync(db, _newTodos.Values, cancellationToken);
            await PostgresBulkInsert.ProcessedCommandsAsync(db, _newRecords, cancellationToken);
            _newTodos.Clear();
            _newRecords.Clear();
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>PostgreSQL delivers the notification when (and only if) the transaction commits.</summary>
    public async Task NotifyOnCommitAsync(IReadOnlyCollection<Guid> commandIds, CancellationToken cancellationToken)
    {
        if (db.IsPostgres && commandIds.Count > 0)
        {
            var payload = string.Join(',', commandIds);
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify('command_done', {payload})", cancellationToken);
        }
    }

    private static bool WaitsForCreation(TodoCommand command, Dictionary<Guid, Todo> todos, DateTime nowUtc) =>
        command.Kind != TodoCommandKind.Create
        && !todos.ContainsKey(command.TodoId)
        && nowUtc - command.IssuedAt.UtcDateTime < MissingTodoGrace;

    private ProcessedCommand Apply(TodoCommand command, Dictionary<Guid, Todo> todos, DateTime nowUtc)
    {
        var kind = "todo." + command.Kind.ToString().ToLowerInvariant();
        var issuedAt = command.IssuedAt.UtcDateTime;
        try
        {
            var result = Execute(command, todos, nowUtc);
            return ProcessedCommand.Succeeded(command.CommandId, command.UserId, kind, command.TodoId,
                JsonSerializer.Serialize(result, CoreJson.Options), issuedAt, nowUtc);
        }
        catch (TodoDomainException ex)
        {
            var error = ex.Errors is null ? ex.Message : JsonSerializer.Serialize(ex.Errors, CoreJson.Options);
            return ProcessedCommand.Failed(command.CommandId, command.UserId, kind, command.TodoId, ex.Code, error, issuedAt, nowUtc);
        }
    }

    private object Execute(TodoCommand command, Dictionary<Guid, Todo> todos, DateTime nowUtc)
    {
        if (command.Version > TodoCommand.CurrentVersion)
        {
            throw new TodoDomainException("unsupported_version", $"Command version {command.Version} is newer than this worker understands.");
        }
        if (command.Kind == TodoCommandKind.Create)
        {
            if (todos.ContainsKey(command.TodoId))
            {
                throw new TodoDomainException("conflict", "A todo with this id already exists.");
            }
            var created = Todo.Create(command.TodoId, command.UserId, Validate(command, isCreate: true), nowUtc);
            if (db.IsPostgres)
            {
                _newTodos[created.Id] = created;
            }
            else
            {
                db.Todos.Add(created);
            }
            todos[created.Id] = created;
            return TodoView.From(created);
        }

        if (!todos.TryGetValue(command.TodoId, out var todo) || todo.UserId != command.UserId)
        {
            throw new TodoDomainException("not_found", "The todo does not exist.");
        }
        switch (command.Kind)
        {
            case TodoCommandKind.Update:
                todo.Update(Validate(command, isCreate: false), nowUtc);
                break;
            case TodoCommandKind.Complete:
                todo.Complete(nowUtc);
                break;
            case TodoCommandKind.Reopen:
                todo.Reopen(nowUtc);
                break;
            case TodoCommandKind.Delete:
                if (!_newTodos.Remove(todo.Id))
                {
                    db.Todos.Remove(todo);
                }
                todos.Remove(todo.Id);
                return new { deleted = todo.Id };
            default:
                throw new TodoDomainException("unsupported_kind", $"Unknown command kind {command.Kind}.");
        }
        return TodoView.From(todo);
    }

    private static TodoInput Validate(TodoCommand command, bool isCreate)
    {
        var input = TodoRules.Validate(command.Fields ?? new TodoFields(), isCreate, out var errors);
        return errors.Count == 0 ? input : throw new TodoDomainException("validation", "The todo is not valid.", errors);
    }
}
