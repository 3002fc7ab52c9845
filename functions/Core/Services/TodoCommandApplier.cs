using Npgsql;
using NpgsqlTypes;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Domain.Events;
using TodoFunctions.Core.Domain.Recurrence;
using TodoFunctions.Core.Domain.Reminders;
using TodoFunctions.Core.Events;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Core.Services;

/// <summary>
/// Applies todo commands: a whole batch in one transaction, each command's effect together with its
/// <see cref="ProcessedCommand"/> row, so a command already recorded is skipped (redelivery, replay).
/// A command that can never succeed is recorded as failed; anything else throws and the caller retries.
/// The outcome does not depend on delivery order: fields carry the issue time of the command that set
/// them (<see cref="Todo.Update"/>), and a command that overtakes the create of its todo is parked.
/// </summary>
public sealed class TodoCommandApplier(TodoDbContext db, TimeProvider clock, CommandCompletionSignal signal, IOptions<MessagingOptions> options,
    ConsumptionFrontier frontier, UserEventSignal events)
{
    private const string CommandEventType = "command";

    // Users whose event log this transaction appended to, woken in this process after the commit.
    private readonly HashSet<Guid> _eventUsers = [];

    private const string DeleteKind = "todo.delete";

    // pg_notify payloads must stay under 8,000 bytes; a GUID and its comma take 37.
    private const int NotifyIdsPerPayload = 200;

    // On PostgreSQL new rows are written by COPY in SaveAsync instead of through EF change tracking.
    private readonly Dictionary<Guid, Todo> _newTodos = [];
    private readonly List<ProcessedCommand> _newRecords = [];

    // Todos this batch deletes: their reminders are locked with the others before the per-user lock is taken.
    private readonly HashSet<Guid> _removedTodos = [];

    // Ids of next occurrences that were deleted: completing their predecessor again must not bring them back.
    private HashSet<Guid> _deletedOccurrences = [];

    public async Task<StagedCommands> ApplyAsync(IReadOnlyList<TodoCommand> commands, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var staged = await StageAsync(commands, allowParking: true, cancellationToken);
        await CommitAsync(staged, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        signal.Notify(staged.Records.Select(r => r.Id));
        WakeEventStreams();
        return staged;
    }

    /// <summary>
    /// Records parked commands whose todo never came as failed <c>not_found</c> (or applies them if it came
    /// meanwhile). Several workers may sweep at once: each takes rows the others have not locked.
    /// </summary>
    public async Task<int> SweepParkedAsync(int max, CancellationToken cancellationToken)
    {
        // Both: parked a grace ago (wall clock), and the worker has read a grace of issue time past it, so
        // neither a replay with old issue times nor a backlog older than the grace runs the clock out.
        var readPast = frontier.Now.UtcDateTime - options.Value.ParkingGrace;
        var parkedBefore = clock.GetUtcNow().UtcDateTime - options.Value.ParkingGrace;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var expired = db.IsPostgres
            ? await db.ParkedCommands.FromSql($"""SELECT * FROM parked_commands WHERE "IssuedAt" < {readPast} AND "ParkedAt" < {parkedBefore} ORDER BY "IssuedAt" LIMIT {max} FOR UPDATE SKIP LOCKED""")
                .AsNoTracking().ToListAsync(cancellationToken)
            : await db.ParkedCommands.Where(p => p.IssuedAt < readPast && p.ParkedAt < parkedBefore).OrderBy(p => p.IssuedAt).Take(max).AsNoTracking().ToListAsync(cancellationToken);
        if (expired.Count == 0)
        {
            return 0;
        }
        var ids = expired.Select(p => p.Id).ToList();
        await db.ParkedCommands.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        var staged = await StageAsync([.. expired.Select(Unpack)], allowParking: false, cancellationToken);
        await CommitAsync(staged, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        signal.Notify(staged.Records.Select(r => r.Id));
        WakeEventStreams();
        return expired.Count;
    }

    /// <summary>
    /// Adds the effects and <see cref="ProcessedCommand"/> rows of the commands not applied before to the
    /// context, without saving, so a caller can commit them with other changes (a chat turn). Must run
    /// inside a transaction: on PostgreSQL it takes a transaction-scoped lock per todo, which keeps parking
    /// and creating one todo from racing across worker replicas.
    /// </summary>
    public async Task<StagedCommands> StageAsync(IReadOnlyList<TodoCommand> commands, bool allowParking, CancellationToken cancellationToken)
    {
        var distinct = commands.DistinctBy(c => c.CommandId).ToList();
        var ids = distinct.Select(c => c.CommandId).ToList();
        var done = await db.ProcessedCommands.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        // Creates first: a later command in the same batch may name the todo a create makes.
        var pending = distinct.Where(c => !done.Contains(c.CommandId)).OrderBy(c => c.Kind == TodoCommandKind.Create ? 0 : 1).ToList();
        var records = new List<ProcessedCommand>();
        if (pending.Count == 0)
        {
            return new StagedCommands(records, 0);
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
        var todos = await db.Todos.Where(t => todoIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        // The next occurrence a complete would create has a fixed id; load it if it exists so it is made once.
        var candidates = pending
            .Where(c => c.Kind == TodoCommandKind.Complete).Select(c => todos.GetValueOrDefault(c.TodoId))
            .Where(t => t?.RecurrenceRule is not null).Select(t => RecurrenceIds.NextOccurrence(t!.SeriesId ?? t.Id, t.Id))
            .Distinct().ToList();
        if (candidates.Count > 0)
        {
            foreach (var next in await db.Todos.Where(t => candidates.Contains(t.Id)).ToListAsync(cancellationToken))
            {
                todos.TryAdd(next.Id, next);
            }
        }
        var parked = await db.ParkedCommands.Where(p => todoIds.Contains(p.TodoId)).OrderBy(p => p.IssuedAt).ToListAsync(cancellationToken);
        var parkedIds = parked.Select(p => p.Id).ToHashSet();
        var missing = pending.Where(c => c.Kind != TodoCommandKind.Create && !todos.ContainsKey(c.TodoId)).Select(c => c.TodoId);
        // One query for both: a command for a deleted todo fails at once, and a deleted next occurrence stays deleted.
        var deleted = await SucceededDeletesAsync([.. missing.Concat(candidates).Distinct()], cancellationToken);
        _deletedOccurrences = deleted;
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var newlyParked = 0;
        foreach (var command in pending)
        {
            if (parkedIds.Contains(command.CommandId))
            {
                continue; // Parked by an earlier delivery; applied below if its todo exists now.
            }
            if (allowParking && !deleted.Contains(command.TodoId) && WaitsForCreation(command, todos))
            {
                db.ParkedCommands.Add(ParkedCommand.For(command.CommandId, command.TodoId, command.UserId,
                    JsonSerializer.Serialize(command, CoreJson.Options), command.IssuedAt.UtcDateTime, nowUtc));
                newlyParked++;
                continue;
            }
            records.Add(Record(command, todos, nowUtc));
        }
        foreach (var waiting in parked.Where(p => todos.ContainsKey(p.TodoId)))
        {
            db.ParkedCommands.Remove(waiting);
            records.Add(Record(Unpack(waiting), todos, nowUtc));
        }
        if (records.Count > 0)
        {
            await ScheduleRemindersAsync(todos.Values, nowUtc, cancellationToken);
        }
        _removedTodos.Clear();
        return new StagedCommands(records, newlyParked);
    }

    /// <summary>
    /// Keeps the <c>reminders</c> rows of every todo this batch holds in step with it (see <see cref="ReminderSchedule"/>).
    /// On PostgreSQL the rows are locked first, so the reminders function (which skips locked rows) never
    /// fires a reminder this transaction is moving or removing. The rows of deleted todos are locked too
    /// (their delete cascades to them): taken here, before the per-user event lock, this transaction never
    /// waits for a row the reminders function holds while it waits for that user's lock.
    /// </summary>
    private async Task ScheduleRemindersAsync(IEnumerable<Todo> todos, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var live = todos.ToList();
        var ids = live.Select(t => t.Id).Concat(_removedTodos).Distinct().ToArray();
        var rows = db.IsPostgres
            ? await db.Reminders.FromSql($"""SELECT * FROM reminders WHERE "TodoId" = ANY({ids}) ORDER BY "Id" FOR UPDATE""").ToListAsync(cancellationToken)
            : await db.Reminders.Where(r => ids.Contains(r.TodoId)).ToListAsync(cancellationToken);
        var byTodo = rows.ToLookup(r => r.TodoId);
        db.Reminders.RemoveRange(rows.Where(r => _removedTodos.Contains(r.TodoId)));
        foreach (var todo in live)
        {
            if (todo.Reminders.Length == 0 && !byTodo.Contains(todo.Id))
            {
                continue;
            }
            var changes = ReminderSchedule.Sync(todo, [.. byTodo[todo.Id]], nowUtc);
            db.Reminders.AddRange(changes.Added);
            db.Reminders.RemoveRange(changes.Removed);
        }
    }

    /// <summary>Forgets staged rows after the caller rolled its transaction back.</summary>
    public void Discard()
    {
        _newTodos.Clear();
        _newRecords.Clear();
        _eventUsers.Clear();
        _removedTodos.Clear();
    }

    /// <summary>After the caller's commit: wakes this process's live-update streams of the users it wrote for.</summary>
    public void WakeEventStreams()
    {
        events.Notify(_eventUsers);
        _eventUsers.Clear();
    }

    /// <summary>
    /// Saves what <see cref="StageAsync"/> staged, plus anything else the context tracks, then queues the
    /// completion notices, which PostgreSQL delivers when (and only if) the transaction commits.
    /// </summary>
    public async Task CommitAsync(StagedCommands staged, CancellationToken cancellationToken, params Guid[] alsoDone)
    {
        await AppendEventsAsync(staged.Records, cancellationToken);
        if (db.IsPostgres)
        {
            await PostgresBulkInsert.TodosAsync(db, _newTodos.Values, cancellationToken);
            await PostgresBulkInsert.ProcessedCommandsAsync(db, _newRecords, cancellationToken);
            _newTodos.Clear();
            _newRecords.Clear();
        }
        await db.SaveChangesAsync(cancellationToken);
        await NotifyOnCommitAsync([.. staged.Records.Select(r => r.Id), .. alsoDone], cancellationToken);
    }

    /// <summary>
    /// Adds each command's outcome to its user's live-update log, in the applying transaction. On
    /// PostgreSQL a per-user lock is held from here to the commit, so a user's event ids grow in commit
    /// order and a stream that has read up to id N never later meets a smaller id committed after it.
    /// </summary>
    private async Task AppendEventsAsync(IReadOnlyList<ProcessedCommand> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var appended = records.Select(r => UserEvent.For(r.UserId, CommandEventType, EventData(r), nowUtc)).ToList();
        var users = appended.Select(e => e.UserId).Distinct().Order().ToArray();
        if (db.IsPostgres)
        {
            var parameter = new NpgsqlParameter("users", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = users };
            await db.Database.ExecuteSqlRawAsync("SELECT count(pg_advisory_xact_lock(7, hashtext(u::text))) FROM unnest(@users) AS u", [parameter], cancellationToken);
            await PostgresBulkInsert.UserEventsAsync(db, appended, cancellationToken);
            await NotifyAsync(UserEventSignal.ChannelName, users, cancellationToken);
        }
        else
        {
            db.UserEvents.AddRange(appended);
        }
        _eventUsers.UnionWith(users);
    }

    /// <summary>The command's outcome; its result is already JSON and is written as it is, not parsed again.</summary>
    private static string EventData(ProcessedCommand record)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256 + (record.Result?.Length ?? 0));
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CoreJson.Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("commandId", record.Id);
            json.WriteString("kind", record.Kind);
            if (record.TodoId is { } todoId)
            {
                json.WriteString("todoId", todoId);
            }
            else
            {
                json.WriteNull("todoId");
            }
            json.WriteString("status", record.Status.ToString().ToLowerInvariant());
            json.WritePropertyName("result");
            if (record.Result is { } result)
            {
                json.WriteRawValue(result, skipInputValidation: true);
            }
            else
            {
                json.WriteNullValue();
            }
            json.WritePropertyName("error");
            if (record.ErrorCode is { } code)
            {
                json.WriteStartObject();
                json.WriteString("code", code);
                json.WriteString("message", record.Error);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private async Task NotifyOnCommitAsync(IReadOnlyList<Guid> commandIds, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            await NotifyAsync("command_done", commandIds, cancellationToken);
        }
    }

    /// <summary>Queues ids on a channel, delivered when (and only if) the transaction commits.</summary>
    private async Task NotifyAsync(string channel, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(NotifyIdsPerPayload))
        {
            var payload = string.Join(',', chunk);
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({channel}, {payload})", cancellationToken);
        }
    }

    private async Task LockTodosAsync(List<Guid> todoIds, CancellationToken cancellationToken)
    {
        if (!db.IsPostgres)
        {
            return; // SQLite: one process, and a writer per todo (the batcher), so there is nothing to race.
        }
        // Sorted, so two transactions that lock overlapping sets cannot deadlock.
        var keys = todoIds.Select(id => BitConverter.ToInt64(id.ToByteArray(), 0)).Distinct().Order().ToArray();
        var parameter = new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = keys };
        await db.Database.ExecuteSqlRawAsync("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(@keys) AS k", [parameter], cancellationToken);
    }

    private async Task<HashSet<Guid>> SucceededDeletesAsync(List<Guid> todoIds, CancellationToken cancellationToken) =>
        todoIds.Count == 0 ? [] : (await db.ProcessedCommands
            .Where(p => p.Kind == DeleteKind && todoIds.Contains(p.TodoId!.Value) && p.Status == CommandStatus.Succeeded)
            .Select(p => p.TodoId!.Value).ToListAsync(cancellationToken)).ToHashSet();

    private async Task<List<Guid>> SeriesMembersAsync(List<Guid> targets, CancellationToken cancellationToken)
    {
        var seriesIds = await db.Todos.Where(t => targets.Contains(t.Id) && t.SeriesId != null).Select(t => t.SeriesId!.Value).ToListAsync(cancellationToken);
        return seriesIds.Count == 0 ? [] : await db.Todos
            .Where(t => t.SeriesId != null && seriesIds.Contains(t.SeriesId.Value)).Select(t => t.Id).ToListAsync(cancellationToken);
    }

    private static TodoCommand Unpack(ParkedCommand parked) =>
        JsonSerializer.Deserialize<TodoCommand>(parked.Body, CoreJson.Options)
        ?? throw new InvalidOperationException($"Parked command {parked.Id} has no body.");

    /// <remarks>
    /// Any age: a replayed capture (tools/Replay) carries old issue times, and its commands overtake their
    /// creates like live ones do. When the wait ends is the sweep's business (<see cref="SweepParkedAsync"/>).
    /// </remarks>
    private static bool WaitsForCreation(TodoCommand command, Dictionary<Guid, Todo> todos) =>
        command.Kind != TodoCommandKind.Create && !todos.ContainsKey(command.TodoId);

    private ProcessedCommand Record(TodoCommand command, Dictionary<Guid, Todo> todos, DateTime nowUtc)
    {
        var record = Apply(command, todos, nowUtc).WithRequestHash(command.RequestHash)
            .WithBody(JsonSerializer.Serialize(command, CoreJson.Options));
        if (db.IsPostgres)
        {
            _newRecords.Add(record);
        }
        else
        {
            db.ProcessedCommands.Add(record);
        }
        return record;
    }

    private ProcessedCommand Apply(TodoCommand command, Dictionary<Guid, Todo> todos, DateTime nowUtc)
    {
        var kind = CommandKinds.Of(command.Kind);
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

    /// <summary>The failed outcome of a conditional command (If-Match) that another write overtook.</summary>
    public const string PreconditionFailed = "precondition_failed";

    private object Execute(TodoCommand command, Dictionary<Guid, Todo> todos, DateTime nowUtc)
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
            AddNew(created, todos);
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
                    return TodoView.From(todo) with { Next = ScheduleNext(todo, recurrence, issuedAt, nowUtc, todos) };
                }
                break;
            case TodoCommandKind.Reopen:
                todo.Reopen(issuedAt, nowUtc);
                break;
            case TodoCommandKind.Delete when command.Series && todo.SeriesId is { } seriesId:
                var members = todos.Values.Where(t => t.SeriesId == seriesId && t.UserId == command.UserId).ToList();
                members.ForEach(member => Remove(member, todos));
                return new { deleted = todo.Id, series = seriesId, occurrences = members.Count };
            case TodoCommandKind.Delete:
                Remove(todo, todos);
                return new { deleted = todo.Id };
            default:
                throw new TodoDomainException("unsupported_kind", $"Unknown command kind {command.Kind}.");
        }
        return TodoView.From(todo);
    }

    private void AddNew(Todo created, Dictionary<Guid, Todo> todos)
    {
        if (db.IsPostgres)
        {
            _newTodos[created.Id] = created;
        }
        else
        {
            db.Todos.Add(created);
        }
        todos[created.Id] = created;
    }

    private void Remove(Todo todo, Dictionary<Guid, Todo> todos)
    {
        _removedTodos.Add(todo.Id);
        if (!_newTodos.Remove(todo.Id))
        {
            db.Todos.Remove(todo);
        }
        todos.Remove(todo.Id);
    }

    /// <summary>
    /// Creates the occurrence after a completed one, in the completing transaction. Its id is derived from
    /// the series and the completed occurrence, so a redelivered, repeated or raced completion finds it
    /// already there. "Now" is when the completion was issued, so a replay computes the same due.
    /// </summary>
    private NextOccurrenceView ScheduleNext(Todo completed, TodoRecurrence recurrence, DateTime issuedAt, DateTime nowUtc, Dictionary<Guid, Todo> todos)
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
        if (_deletedOccurrences.Contains(nextId))
        {
            return new NextOccurrenceView(null, null, skipped, SeriesEnded: false);
        }
        var next = Todo.NextOccurrence(nextId, completed, due.Value, issuedAt, nowUtc);
        AddNew(next, todos);
        return new NextOccurrenceView(nextId, due.Value.ToString(), skipped, SeriesEnded: false);
    }

    private static TodoInput Validate(TodoCommand command, bool isCreate)
    {
        var input = TodoRules.Validate(command.Fields ?? new TodoFields(), isCreate, out var errors);
        return errors.Count == 0 ? input : throw new TodoDomainException("validation", "The todo is not valid.", errors);
    }
}
