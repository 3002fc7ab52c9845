using TodoFunctions.Core.Domain.Reminders;
using TodoFunctions.Core.Reminders;

namespace TodoFunctions.Http.Reminders;

public sealed record SnoozeRequest(
    [ApiField(Required = true, Description = "An ISO-8601 duration of at most one day (PT10M, PT1H).", Example = "PT10M")] string? For);

public sealed class SnoozeReminder(RequestGate gate, ReminderQueries reminders, HttpClock clock)
{
    public static readonly TimeSpan MaxSnooze = TimeSpan.FromDays(1);

    [Function(nameof(SnoozeReminder))]
    [ApiOperation("Reminders", "Snooze a reminder", Body = typeof(SnoozeRequest), Returns = typeof(ReminderItem),
        Description = "The reminder fires again after the duration, whether it was pending, fired or missed.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reminders/{id}/snooze")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        if (!Guid.TryParse(id, out var reminderId))
        {
            return Problems.NotFound("No such reminder.");
        }
        var body = await JsonBody.ReadAsync<SnoozeRequest>(request, cancellationToken);
        if (body.Rejection is { } invalid)
        {
            return invalid;
        }
        if (!ReminderSpec.TryParseDuration(body.Value!.For, out var duration) || duration <= TimeSpan.Zero || duration > MaxSnooze)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["for"] = ["Use a positive ISO-8601 duration of at most one day (PT10M, PT1H)."] });
        }
        var snoozed = await reminders.SnoozeAsync(caller.UserId, reminderId, duration, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return snoozed is null ? Problems.NotFound("No such reminder.") : ApiResults.Ok(snoozed);
    }
}
