namespace TodoFunctions.Core.Domain.Reminders;

/// <summary>What happened to a reminder. Stored as these strings, which the reminders function's SQL names too.</summary>
public static class ReminderStates
{
    public const string Pending = "pending";
    /// <summary>Delivered on time (within <c>Reminders:MissedAfter</c> of when it was due).</summary>
    public const string Fired = "fired";
    /// <summary>Delivered late (the function was down or behind): still delivered, and listed until dismissed.</summary>
    public const string Missed = "missed";
    public const string Dismissed = "dismissed";
}

/// <summary>
/// One scheduled firing of a todo's reminder (<c>reminders</c>). Kept in step with the todo by the write unit,
/// in the transaction that changed the todo: created with it, moved with its due, removed when it is
/// completed or deleted. The reminders function claims due rows and marks them fired or missed.
/// </summary>
public sealed class Reminder
{
    private Reminder()
    {
    }

    public Guid Id { get; private set; }
    public Guid TodoId { get; private set; }
    public Guid UserId { get; private set; }
    /// <summary><see cref="ReminderSpec.AtKind"/> or <see cref="ReminderSpec.BeforeKind"/>.</summary>
    public string Kind { get; private set; } = "";
    /// <summary>The spec as the todo stores it (<c>at:…</c> / <c>before:PT1H</c>): which of the todo's reminders this is.</summary>
    public string Spec { get; private set; } = "";
    public DateTime? At { get; private set; }
    public string? Before { get; private set; }
    /// <summary>When the spec says it fires (the todo's due minus <see cref="Before"/>, or <see cref="At"/>).</summary>
    public DateTime ScheduledAt { get; private set; }
    /// <summary>When it fires next: <see cref="ScheduledAt"/>, or later when snoozed. What the function polls on.</summary>
    public DateTime FireAt { get; private set; }
    public string State { get; private set; } = ReminderStates.Pending;
    public DateTime? FiredAt { get; private set; }
    public DateTime? SnoozedUntil { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public static Reminder Schedule(Guid todoId, Guid userId, ReminderSpec spec, DateTime fireAtUtc, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(), TodoId = todoId, UserId = userId, Kind = spec.Kind, Spec = spec.ToText(),
        At = spec.At, Before = spec.BeforeText, ScheduledAt = fireAtUtc, FireAt = fireAtUtc, State = ReminderStates.Pending,
        CreatedAt = nowUtc, UpdatedAt = nowUtc,
    };

    /// <summary>The todo's due moved: a pending reminder follows; one already delivered is armed again for the new time.</summary>
    public void Reschedule(DateTime fireAtUtc, DateTime nowUtc)
    {
        ScheduledAt = fireAtUtc;
        FireAt = fireAtUtc;
        SnoozedUntil = null;
        State = ReminderStates.Pending;
        FiredAt = null;
        UpdatedAt = nowUtc;
    }

    /// <summary>Delivered: <see cref="ReminderStates.Fired"/> or <see cref="ReminderStates.Missed"/>.</summary>
    public void MarkDelivered(string state, DateTime nowUtc)
    {
        State = state;
        FiredAt = nowUtc;
        UpdatedAt = nowUtc;
    }

    /// <summary>Fires again <paramref name="duration"/> from now; works on a pending or a delivered reminder.</summary>
    public void Snooze(TimeSpan duration, DateTime nowUtc)
    {
        SnoozedUntil = nowUtc + duration;
        FireAt = nowUtc + duration;
        State = ReminderStates.Pending;
        UpdatedAt = nowUtc;
    }

    public void Dismiss(DateTime nowUtc)
    {
        State = ReminderStates.Dismissed;
        UpdatedAt = nowUtc;
    }
}
