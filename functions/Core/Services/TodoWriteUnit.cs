using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Domain.Events;
using TodoFunctions.Core.Domain.Recurrence;
using TodoFunctions.Core.Domain.Reminders;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Events;
using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Core.Services;

/// <summary>
/// One transaction that applies todo commands: <see cref="BeginAsync"/>, <see cref="StageAsync"/> (load and
/// lock the todos, run <see cref="TodoCommandExecutor"/>, park what waits for its create, keep reminders in
/// step), then <see cref="CommitAsync"/> (live-update events, COPY or EF, NOTIFY, commit, wake this
/// process's waiters). Each command's effect commits with its <see cref="ProcessedCommand"/> row, so a
/// command already recorded is skipped (redelivery, replay). Disposing before the commit rolls back.
/// The todo worker's batches, the parked-command sweep and a chat turn (which adds its own rows to the
/// same context before committing) all write through it.
/// </summary>
/// <remarks>
/// On PostgreSQL a unit begun with <c>contextOnDemand</c> starts on a plain Npgsql connection and transaction and
/// leaves EF Core alone while the batch needs only plain statements and COPY — a batch of creates of new todos, as
/// a fresh worker's first batch and a drained backlog are. The first time the batch needs entities (a todo that
/// exists, a parked command, a reminder) it rolls that transaction back and stages again on the context's own:
/// a fresh worker's first context cost 100–235 ms of its cold start (docs/PERFORMANCE.md).
/// </remarks>
public sealed class TodoWriteUnit(Lazy<TodoDbContext> context, TimeProvider clock, CommandCompletionSignal signal, UserEventSignal events,
    NpgsqlDataSource? postgres = null) : IAsyncDisposable
{
    private const string CommandEventType = "command";
    private const string DeleteKind = "todo.delete";

    private IDbContextTransaction? _transaction;
    // The plain connection of a unit that has not needed the context (yet); null once it has, and off PostgreSQL.
    private NpgsqlConnection? _plainConnection;
    private NpgsqlTransaction? _plainTransaction;

    // On PostgreSQL new rows are written by COPY at the commit instead of through EF change tracking.
    private readonly List<Todo> _newTodos = [];
    private readonly List<ProcessedCommand> _newRecords = [];
    private readonly List<ProcessedCommand> _staged = [];

    private TodoDbContext Db => context.Value;

    private bool IsPostgres => postgres is not null;

    private NpgsqlConnection Connection => _plainConnection ?? Db.PostgresConnection();

    /// <summary>Starts the transaction; dispose the unit (or <see cref="RollbackAsync"/>) to abandon it.</summary>
    /// <param name="contextOnDemand">
    /// true for a caller that writes only through <see cref="StageAsync"/>: on PostgreSQL the unit then stays off EF Core
    /// until the batch needs it. A caller that reads or adds rows through the context itself passes false.
    /// </param>
    public async Task<TodoWriteUnit> BeginAsync(CancellationToken cancellationToken, bool contextOnDemand = false)
    {
        if (_transaction is not null || _plainTransaction is not null)
        {
            throw new InvalidOperationException("The write unit already has a transaction; commit or roll it back first.");
        }
        if (contextOnDemand && postgres is not null)
        {
            _plainConnection = await postgres.OpenConnectionAsync(cancellationToken);
            try
            {
                _plainTransaction = await _plainConnection.BeginTransactionAsync(cancellationToken);
            }
            catch
            {
                await EndAsync();
                throw;
            }
        }
        else
        {
            _transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        }
        return this;
    }

    /// <summary>
    /// Applies the commands not recorded before to the context, without saving, so the caller can add rows
    /// of its own before <see cref="CommitAsync"/>. On PostgreSQL it takes a transaction-scoped lock per
    /// todo, which keeps parking and creating one todo from racing across worker replicas.
    /// </summary>
    /// <param name="allowParking">false: a command whose todo does not exist fails <c>not_found</c> instead of waiting for its create.</param>
    public async Task<StagedCommands> StageAsync(IReadOnlyList<TodoCommand> commands, bool allowParking, CancellationToken cancellationToken)
    {
        RequireTransaction();
        if (_plainTransaction is not null && commands.Any(c => c.Kind != TodoCommandKind.Create))
        {
            await MoveToContextAsync(cancellationToken);
        }
        var distinct = commands.DistinctBy(c => c.CommandId).ToList();
        var ids = distinct.Select(c => c.CommandId).ToList();
        var done = await RecordedAsync(ids, cancellationToken);
        // Creates first: a later command in the same batch may name the todo a create makes.
        var pending = distinct.Where(c => !done.Contains(c.CommandId)).OrderBy(c => c.Kind == TodoCommandKind.Create ? 0 : 1).ToList();
        if (pending.Count == 0)
        {
            return StagedCommands.None;
        }
        var todoIds = pending.Select(c => c.TodoId).Distinct().ToList();
        var seriesTargets = pending.Where(c => c.Kind == TodoCommandKind.Delete && c.Series).Select(c => c.TodoId).ToList();
        if (seriesTargets.Count > 0)
        {
            todoIds = [.. todoIds.Union(await SeriesMembersAsync(seriesTargets, cancellationToken))];
        }
        await LockTodosAsync(todoIds, cancellationToken);
        if (seriesTargets.Count > 0)
        {
            // Read again under the locks: an occurrence committed since the first read is deleted too.
            todoIds = [.. todoIds.Union(await SeriesMembersAsync(seriesTargets, cancellationToken))];
        }
        var (todos, parked) = await LoadAsync(todoIds, cancellationToken);
        if (todos is null)
        {
            await MoveToContextAsync(cancellationToken);
            return await StageAsync(commands, allowParking, cancellationToken);
        }
        // The next occurrence a complete would create has a fixed id; load it if it exists so it is made once.
        var candidates = pending
            .Where(c => c.Kind == TodoCommandKind.Complete).Select(c => todos.GetValueOrDefault(c.TodoId))
            .Where(t => t?.RecurrenceRule is not null).Select(t => RecurrenceIds.NextOccurrence(t!.SeriesId ?? t.Id, t.Id))
            .Distinct().ToList();
        if (candidates.Count > 0)
        {
            foreach (var next in await Db.Todos.Where(t => candidates.Contains(t.Id)).ToListAsync(cancellationToken))
            {
                todos.TryAdd(next.Id, next);
            }
        }
        var parkedIds = parked.Select(p => p.Id).ToHashSet();
        var missing = pending.Where(c => c.Kind != TodoCommandKind.Create && !todos.ContainsKey(c.TodoId)).Select(c => c.TodoId);
        // One query for both: a command for a deleted todo fails at once, and a deleted next occurrence stays deleted.
        var deleted = await SucceededDeletesAsync([.. missing.Concat(candidates).Distinct()], cancellationToken);
        var executor = new TodoCommandExecutor(todos, deleted);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var records = new List<ProcessedCommand>();
        var newlyParked = 0;
        foreach (var command in pending)
        {
            if (parkedIds.Contains(command.CommandId))
            {
                continue; // Parked by an earlier delivery; applied below if its todo exists now.
            }
            if (allowParking && !deleted.Contains(command.TodoId) && WaitsForCreation(command, todos))
            {
                Db.ParkedCommands.Add(ParkedCommand.For(command.CommandId, command.TodoId, command.UserId,
                    JsonSerializer.Serialize(command, CoreJson.Options), command.IssuedAt.UtcDateTime, nowUtc));
                newlyParked++;
                continue;
            }
            records.Add(executor.Apply(command, nowUtc));
        }
        foreach (var waiting in parked.Where(p => todos.ContainsKey(p.TodoId)))
        {
            Db.ParkedCommands.Remove(waiting);
            records.Add(executor.Apply(Unpack(waiting), nowUtc));
        }
        if (_plainTransaction is not null && executor.Created.Any(t => t.Reminders.Length > 0))
        {
            await MoveToContextAsync(cancellationToken); // Reminder rows are written through the context.
            return await StageAsync(commands, allowParking, cancellationToken);
        }
        if (records.Count > 0)
        {
            Persist(executor, records);
            await ScheduleRemindersAsync(todos.Values, executor, nowUtc, cancellationToken);
        }
        return new StagedCommands(records, newlyParked);
    }

    /// <summary>
    /// Saves what was staged, plus anything else the context tracks, and commits; then tells this process's
    /// waiters and live-update streams. PostgreSQL delivers the completion notices when (and only if) the
    /// transaction commits.
    /// </summary>
    /// <param name="alsoDone">Ids of commands the caller recorded itself (a chat turn), announced with the staged ones.</param>
    public async Task CommitAsync(CancellationToken cancellationToken, params Guid[] alsoDone)
    {
        RequireTransaction();
        if (_plainTransaction is not null && context.IsValueCreated && Db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("The context has changes, but this unit was begun with contextOnDemand and would not save them.");
        }
        var eventUsers = await AppendEventsAsync(_staged, cancellationToken);
        if (IsPostgres)
        {
            await PostgresBulkInsert.TodosAsync(Connection, _newTodos, cancellationToken);
            await PostgresBulkInsert.ProcessedCommandsAsync(Connection, _newRecords, cancellationToken);
        }
        if (_transaction is not null)
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        var done = _staged.Select(r => r.Id).Concat(alsoDone).ToList();
        if (IsPostgres)
        {
            await PostgresWriteStatements.NotifyAsync(Connection, [(PostgresCompletionListener.ChannelName, done), (UserEventSignal.ChannelName, eventUsers)], cancellationToken);
        }
        if (_plainTransaction is not null)
        {
            await _plainTransaction.CommitAsync(cancellationToken);
        }
        else
        {
            await _transaction!.CommitAsync(cancellationToken);
        }
        await EndAsync();
        signal.Notify(done);
        events.Notify(eventUsers);
    }

    /// <summary>Abandons the transaction and everything staged in it.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        RequireTransaction();
        if (_plainTransaction is not null)
        {
            await _plainTransaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await _transaction!.RollbackAsync(cancellationToken);
        }
        await EndAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null || _plainConnection is not null)
        {
            await EndAsync();
        }
    }

    /// <summary>Ends whichever transaction the unit holds (disposing one that was not committed rolls it back) and forgets what it staged.</summary>
    private async Task EndAsync()
    {
        if (_transaction is { } transaction)
        {
            _transaction = null;
            await transaction.DisposeAsync();
        }
        if (_plainConnection is { } connection)
        {
            var plainTransaction = _plainTransaction;
            _plainConnection = null;
            _plainTransaction = null;
            if (plainTransaction is not null)
            {
                await plainTransaction.DisposeAsync();
            }
            await connection.DisposeAsync();
        }
        if (context.IsValueCreated)
        {
            Db.ChangeTracker.Clear();
        }
        _newTodos.Clear();
        _newRecords.Clear();
        _staged.Clear();
    }

    /// <summary>Gives up the plain transaction (nothing of it is kept) and begins one on the context.</summary>
    private async Task MoveToContextAsync(CancellationToken cancellationToken)
    {
        if (_staged.Count > 0)
        {
            throw new InvalidOperationException("A unit begun with contextOnDemand stages once: what it staged would be lost with its plain transaction.");
        }
        await EndAsync();
        _transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
    }

    private void RequireTransaction()
    {
        if (_transaction is null && _plainTransaction is null)
        {
            throw new InvalidOperationException("Call BeginAsync first: a write unit stages and commits inside its own transaction.");
        }
    }

    private void Persist(TodoCommandExecutor executor, List<ProcessedCommand> records)
    {
        _staged.AddRange(records);
        if (executor.Removed.Count > 0)
        {
            Db.Todos.RemoveRange(executor.Removed);
        }
        if (IsPostgres)
        {
            _newTodos.AddRange(executor.Created);
            _newRecords.AddRange(records);
        }
        else
        {
            Db.Todos.AddRange(executor.Created);
            Db.ProcessedCommands.AddRange(records);
        }
    }

    /// <summary>
    /// Keeps the <c>reminders</c> rows of every todo this batch holds in step with it (see <see cref="ReminderSchedule"/>).
    /// On PostgreSQL the rows are locked first, so the reminders function (which skips locked rows) never
    /// fires a reminder this transaction is moving or removing. The rows of deleted todos are locked too
    /// (their delete cascades to them): taken here, before the per-user event lock, this transaction never
    /// waits for a row the reminders function holds while it waits for that user's lock.
    /// </summary>
    private async Task ScheduleRemindersAsync(IEnumerable<Todo> todos, TodoCommandExecutor executor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var live = todos.ToList();
        var removed = executor.RemovedIds;
        var created = executor.Created.Select(t => t.Id).ToHashSet();
        // A todo this transaction creates has no rows yet: a batch of creates reads nothing here.
        var ids = live.Select(t => t.Id).Where(id => !created.Contains(id)).Concat(removed).Distinct().ToArray();
        var rows = ids.Length == 0 ? []
            : IsPostgres
            ? await Db.Reminders.FromSql($"""SELECT * FROM reminders WHERE "TodoId" = ANY({ids}) ORDER BY "Id" FOR UPDATE""").ToListAsync(cancellationToken)
            : await Db.Reminders.Where(r => ids.Contains(r.TodoId)).ToListAsync(cancellationToken);
        var byTodo = rows.ToLookup(r => r.TodoId);
        if (rows.Count > 0)
        {
            Db.Reminders.RemoveRange(rows.Where(r => removed.Contains(r.TodoId)));
        }
        foreach (var todo in live)
        {
            if (todo.Reminders.Length == 0 && !byTodo.Contains(todo.Id))
            {
                continue;
            }
            var changes = ReminderSchedule.Sync(todo, [.. byTodo[todo.Id]], nowUtc);
            Db.Reminders.AddRange(changes.Added);
            Db.Reminders.RemoveRange(changes.Removed);
        }
    }

    /// <summary>
    /// Adds each command's outcome to its user's live-update log, in the applying transaction. On
    /// PostgreSQL a per-user lock is held from here to the commit, so a user's event ids grow in commit
    /// order and a stream that has read up to id N never later meets a smaller id committed after it.
    /// </summary>
    /// <returns>The users whose streams to wake after the commit.</returns>
    private async Task<Guid[]> AppendEventsAsync(IReadOnlyList<ProcessedCommand> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return [];
        }
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var appended = records.Select(r => UserEvent.For(r.UserId, CommandEventType, CommandEventData.Of(r), nowUtc)).ToList();
        var users = appended.Select(e => e.UserId).Distinct().Order().ToArray();
        if (IsPostgres)
        {
            await PostgresWriteStatements.LockEventLogsAsync(Connection, users, cancellationToken);
            await PostgresBulkInsert.UserEventsAsync(Connection, appended, cancellationToken);
        }
        else
        {
            Db.UserEvents.AddRange(appended);
        }
        return users;
    }

    private async Task LockTodosAsync(List<Guid> todoIds, CancellationToken cancellationToken)
    {
        if (!IsPostgres)
        {
            return; // SQLite: one process, and a writer per todo (the batcher), so there is nothing to race.
        }
        var keys = todoIds.Select(id => BitConverter.ToInt64(id.ToByteArray(), 0)).Distinct().Order().ToArray();
        await PostgresWriteStatements.LockAsync(Connection, keys, cancellationToken);
    }

    private async Task<HashSet<Guid>> RecordedAsync(List<Guid> commandIds, CancellationToken cancellationToken) =>
        IsPostgres
            ? await PostgresWriteStatements.RecordedAsync(Connection, [.. commandIds], cancellationToken)
            : (await Db.ProcessedCommands.Where(p => commandIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>
    /// The todos the commands name and the commands parked for them, read under the locks. On PostgreSQL a
    /// presence read comes first, so a batch of creates loads nothing through EF Core, and the parked read is
    /// skipped when nothing waits (one statement either way, as before).
    /// </summary>
    /// <returns>Todos null: there are entities to load, and the unit is still on its plain transaction.</returns>
    private async Task<(Dictionary<Guid, Todo>? Todos, List<ParkedCommand> Parked)> LoadAsync(List<Guid> todoIds, CancellationToken cancellationToken)
    {
        var existing = todoIds;
        var anyParked = true;
        if (IsPostgres)
        {
            var presence = await PostgresWriteStatements.PresenceAsync(Connection, [.. todoIds], cancellationToken);
            existing = [.. presence.Existing];
            anyParked = presence.AnyParked;
        }
        if (_plainTransaction is not null && (existing.Count > 0 || anyParked))
        {
            return (null, []);
        }
        var todos = existing.Count == 0
            ? new Dictionary<Guid, Todo>()
            : await Db.Todos.Where(t => existing.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var parked = anyParked
            ? await Db.ParkedCommands.Where(p => todoIds.Contains(p.TodoId)).OrderBy(p => p.IssuedAt).ToListAsync(cancellationToken)
            : [];
        return (todos, parked);
    }

    private async Task<HashSet<Guid>> SucceededDeletesAsync(List<Guid> todoIds, CancellationToken cancellationToken) =>
        todoIds.Count == 0 ? [] : (await Db.ProcessedCommands
            .Where(p => p.Kind == DeleteKind && todoIds.Contains(p.TodoId!.Value) && p.Status == CommandStatus.Succeeded)
            .Select(p => p.TodoId!.Value).ToListAsync(cancellationToken)).ToHashSet();

    private async Task<List<Guid>> SeriesMembersAsync(List<Guid> targets, CancellationToken cancellationToken)
    {
        var seriesIds = await Db.Todos.Where(t => targets.Contains(t.Id) && t.SeriesId != null).Select(t => t.SeriesId!.Value).ToListAsync(cancellationToken);
        return seriesIds.Count == 0 ? [] : await Db.Todos
            .Where(t => t.SeriesId != null && seriesIds.Contains(t.SeriesId.Value)).Select(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The command a <see cref="ParkedCommand"/> row holds.</summary>
    public static TodoCommand Unpack(ParkedCommand parked) =>
        JsonSerializer.Deserialize<TodoCommand>(parked.Body, CoreJson.Options)
        ?? throw new InvalidOperationException($"Parked command {parked.Id} has no body.");

    /// <remarks>
    /// Any age: a replayed capture (tools/Replay) carries old issue times, and its commands overtake their
    /// creates like live ones do. When the wait ends is the sweep's business (<see cref="TodoCommandApplier.SweepParkedAsync"/>).
    /// </remarks>
    private static bool WaitsForCreation(TodoCommand command, Dictionary<Guid, Todo> todos) =>
        command.Kind != TodoCommandKind.Create && !todos.ContainsKey(command.TodoId);
}
