using TodoFunctions.Core.Reminders;

namespace TodoFunctions.Http.Reminders;

/// <summary><c>items</c>: pending reminders (soonest first) and missed ones not yet dismissed, at most 200.</summary>
public sealed record ReminderList(IReadOnlyList<ReminderItem> Items);

public sealed class ListReminders(RequestGate gate, ReminderQueries reminders)
{
    [Function(nameof(ListReminders))]
    [ApiOperation("Reminders", "List pending and missed reminders", Returns = typeof(ReminderList),
        Description = "Pending reminders soonest first, and reminders delivered late (`missed`) until they are dismissed or snoozed.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reminders")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        return ApiResults.Ok(new ReminderList(await reminders.ListAsync(caller.UserId, cancellationToken)));
    }
}
