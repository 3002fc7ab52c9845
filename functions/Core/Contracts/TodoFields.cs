namespace TodoFunctions.Core.Contracts;

/// <summary>
/// Todo fields as they arrive from a client, before validation. <see cref="Present"/> names the
/// fields a patch carries, so that "due": null (remove the due date) differs from no "due" at all.
/// </summary>
public sealed record TodoFields(
    string? Title = null,
    string? Description = null,
    string? Due = null,
    string? Priority = null,
    IReadOnlyList<string>? Tags = null,
    RecurrenceFields? Recurrence = null,
    IReadOnlyList<ReminderFields?>? Reminders = null)
{
    public IReadOnlyList<string> Present { get; init; } = [];
}

/// <summary>A recurrence as the client gives it: an RFC 5545 RRULE and an IANA zone (UTC when omitted).</summary>
public sealed record RecurrenceFields(string? Rule, string? TimeZone = null);

/// <summary>A reminder as the client gives it: exactly one of <c>at</c> (a date-time with offset) or <c>before</c> (an ISO-8601 duration before the due).</summary>
public sealed record ReminderFields(string? At = null, string? Before = null);
