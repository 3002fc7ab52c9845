using TodoFunctions.Core.Reminders;

namespace TodoFunctions.Http.Reminders;

public sealed class DismissReminder(RequestGate gate, ReminderQueries reminders, HttpClock clock)
{
    [Function(nameof(DismissReminder))]
    [ApiOperation("Reminders", "Dismiss a reminder", Returns = typeof(ReminderItem),
        Description = "The reminder will not fire (again) and leaves the missed list. Dismissing twice is harmless.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reminders/{id}/dismiss")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var dismissed = Guid.TryParse(id, out var reminderId)
            ? await reminders.DismissAsync(caller.UserId, reminderId, clock.GetUtcNow().UtcDateTime, cancellationToken)
            : null;
        return dismissed is null ? Problems.NotFound("No such reminder.") : ApiResults.Ok(dismissed);
    }
}
