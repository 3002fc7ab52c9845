using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Core.Services;

/// <summary>
/// Applies the todo worker's commands: a whole batch in one <see cref="TodoWriteUnit"/>, and the sweep of
/// parked commands whose todo never came. A command that can never succeed is recorded as failed; anything
/// else throws and the caller retries. The outcome does not depend on delivery order: fields carry the
/// issue time of the command that set them (<see cref="Domain.Todos.Todo.Update"/>), and a command that
/// overtakes the create of its todo is parked.
/// </summary>
public sealed class TodoCommandApplier(Lazy<TodoDbContext> context, TodoWriteUnit writes, TimeProvider clock, IOptions<MessagingOptions> options, ConsumptionFrontier frontier)
{
    public async Task<StagedCommands> ApplyAsync(IReadOnlyList<TodoCommand> commands, CancellationToken cancellationToken)
    {
        await using var unit = await writes.BeginAsync(cancellationToken, contextOnDemand: true);
        var staged = await unit.StageAsync(commands, allowParking: true, cancellationToken);
        await unit.CommitAsync(cancellationToken);
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
        var db = context.Value;
        await using var unit = await writes.BeginAsync(cancellationToken);
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
        await unit.StageAsync([.. expired.Select(TodoWriteUnit.Unpack)], allowParking: false, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return expired.Count;
    }
}
