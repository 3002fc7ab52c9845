using TodoFunctions.Core.Domain.Recurrence;
using TodoFunctions.Core.Domain.Reminders;

namespace TodoFunctions.Core.Domain.Todos;

public sealed class Todo
{
    private Todo()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public TimeOnly? DueTime { get; private set; }
    public int? DueOffsetMinutes { get; private set; }
    /// <summary>Instant for sorting and range filters (midnight UTC for an all-day due date).</summary>
    public DateTime? DueSortUtc { get; private set; }
    public TodoPriority Priority { get; private set; }
    public string[] Tags { get; private set; } = [];
    public bool Completed { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    // A recurring todo is one occurrence of a series: the rule (RFC 5545 RRULE text) and its IANA zone,
    // the series id (the first occurrence's id) and the series start (DTSTART, local in the zone), which
    // COUNT counts from. Null rule: not repeating (a series that was stopped keeps its id).
    public string? RecurrenceRule { get; private set; }
    public string? RecurrenceTimeZone { get; private set; }
    public Guid? SeriesId { get; private set; }
    public string? SeriesStart { get; private set; }

    /// <summary>The todo's reminders as <see cref="ReminderSpec"/> text; the <c>reminders</c> table says when each fires.</summary>
    public string[] Reminders { get; private set; } = [];

    // When the command that last set each field was issued (accepted by the API). A change applies only if
    // it was issued at or after what the field holds, so the outcome does not depend on the order in which
    // replicas and retries deliver commands: the last write accepted wins, field by field.
    public DateTime TitleIssuedAt { get; private set; }
    public DateTime DescriptionIssuedAt { get; private set; }
    public DateTime DueIssuedAt { get; private set; }
    public DateTime PriorityIssuedAt { get; private set; }
    public DateTime TagsIssuedAt { get; private set; }
    public DateTime CompletedIssuedAt { get; private set; }
    public DateTime RecurrenceIssuedAt { get; private set; }
    public DateTime RemindersIssuedAt { get; private set; }

    public IReadOnlyList<ReminderSpec> ReminderSpecs => [.. Reminders.Select(ReminderSpec.FromText)];

    public TodoRecurrence? Recurrence => TodoRecurrence.FromColumns(RecurrenceRule, RecurrenceTimeZone);

    public TodoDue? Due => TodoDue.FromColumns(DueDate, DueTime, DueOffsetMinutes);

    public static Todo Create(Guid id, Guid userId, TodoInput input, DateTime issuedAtUtc, DateTime nowUtc)
    {
        var todo = new Todo
        {
            Id = id, UserId = userId, CreatedAt = nowUtc, UpdatedAt = nowUtc, Version = 1,
            TitleIssuedAt = issuedAtUtc, DescriptionIssuedAt = issuedAtUtc, DueIssuedAt = issuedAtUtc,
            PriorityIssuedAt = issuedAtUtc, TagsIssuedAt = issuedAtUtc, CompletedIssuedAt = issuedAtUtc,
            RecurrenceIssuedAt = issuedAtUtc, RemindersIssuedAt = issuedAtUtc,
        };
        todo.Reminders = [.. (input.Reminders ?? []).Select(r => r.ToText())];
        todo.Title = input.Title ?? throw new TodoDomainException("validation", "The title is required.");
        todo.Description = input.Description;
        todo.SetDue(input.Due);
        todo.Priority = input.Priority ?? TodoPriority.None;
        todo.Tags = [.. input.Tags ?? []];
        if (input.Recurrence is { } recurrence)
        {
            todo.SeriesId = id;
            todo.SetRecurrence(recurrence, issuedAtUtc);
        }
        return todo;
    }

    /// <summary>The occurrence after <paramref name="previous"/>: same content and series, the next due.</summary>
    public static Todo NextOccurrence(Guid id, Todo previous, TodoDue due, DateTime issuedAtUtc, DateTime nowUtc)
    {
        var todo = new Todo
        {
            Id = id, UserId = previous.UserId, CreatedAt = nowUtc, UpdatedAt = nowUtc, Version = 1,
            TitleIssuedAt = issuedAtUtc, DescriptionIssuedAt = issuedAtUtc, DueIssuedAt = issuedAtUtc,
            PriorityIssuedAt = issuedAtUtc, TagsIssuedAt = issuedAtUtc, CompletedIssuedAt = issuedAtUtc,
            RecurrenceIssuedAt = issuedAtUtc, RemindersIssuedAt = issuedAtUtc,
            Title = previous.Title, Description = previous.Description, Priority = previous.Priority, Tags = [.. previous.Tags],
            RecurrenceRule = previous.RecurrenceRule, RecurrenceTimeZone = previous.RecurrenceTimeZone,
            SeriesId = previous.SeriesId ?? previous.Id, SeriesStart = previous.SeriesStart,
        };
        todo.SetDue(due);
        // Absolute reminders keep their distance to the due; relative ones follow it by themselves.
        var shift = previous.DueSortUtc is { } before ? due.SortKeyUtc - before : TimeSpan.Zero;
        todo.Reminders = [.. previous.ReminderSpecs.Select(r => r.Shifted(shift).ToText())];
        return todo;
    }

    /// <returns>false when every field it names was set by a command issued later, so nothing changed.</returns>
    public bool Update(TodoInput input, DateTime issuedAtUtc, DateTime nowUtc)
    {
        var changed = false;
        if (input.Has(TodoFieldNames.Title) && Supersedes(issuedAtUtc, TitleIssuedAt))
        {
            Title = input.Title ?? throw new TodoDomainException("validation", "The title is required.");
            TitleIssuedAt = issuedAtUtc;
            changed = true;
        }
        if (input.Has(TodoFieldNames.Description) && Supersedes(issuedAtUtc, DescriptionIssuedAt))
        {
            Description = input.Description;
            DescriptionIssuedAt = issuedAtUtc;
            changed = true;
        }
        if (input.Has(TodoFieldNames.Due) && Supersedes(issuedAtUtc, DueIssuedAt))
        {
            SetDue(input.Due);
            DueIssuedAt = issuedAtUtc;
            changed = true;
            if (Recurrence is { } current && Due is { } moved)
            {
                // Moving a recurring todo moves the series with it: later occurrences follow the new time.
                SeriesStart = TodoRecurrence.SeriesStartText(current.LocalStart(moved).Date, current.LocalStart(moved).Time);
            }
        }
        if (input.Has(TodoFieldNames.Priority) && Supersedes(issuedAtUtc, PriorityIssuedAt))
        {
            Priority = input.Priority ?? TodoPriority.None;
            PriorityIssuedAt = issuedAtUtc;
            changed = true;
        }
        if (input.Has(TodoFieldNames.Tags) && Supersedes(issuedAtUtc, TagsIssuedAt))
        {
            Tags = [.. input.Tags ?? []];
            TagsIssuedAt = issuedAtUtc;
            changed = true;
        }
        if (input.Has(TodoFieldNames.Recurrence) && Supersedes(issuedAtUtc, RecurrenceIssuedAt))
        {
            if (input.Recurrence is { } recurrence)
            {
                SeriesId ??= Id;
                SetRecurrence(recurrence, issuedAtUtc);
            }
            else
            {
                RecurrenceRule = null;
                RecurrenceTimeZone = null;
            }
            RecurrenceIssuedAt = issuedAtUtc;
            changed = true;
        }
        if (input.Has(TodoFieldNames.Reminders) && Supersedes(issuedAtUtc, RemindersIssuedAt))
        {
            Reminders = [.. (input.Reminders ?? []).Select(r => r.ToText())];
            RemindersIssuedAt = issuedAtUtc;
            changed = true;
        }
        if (changed)
        {
            Touch(nowUtc);
        }
        return changed;
    }

    /// <returns>false when the todo was already completed or a later command reopened it, so nothing changed.</returns>
    public bool Complete(DateTime issuedAtUtc, DateTime nowUtc)
    {
        if (!Supersedes(issuedAtUtc, CompletedIssuedAt))
        {
            return false;
        }
        CompletedIssuedAt = issuedAtUtc;
        if (Completed)
        {
            return false;
        }
        Completed = true;
        CompletedAt = nowUtc;
        Touch(nowUtc);
        return true;
    }

    /// <returns>false when the todo was not completed or a later command completed it, so nothing changed.</returns>
    public bool Reopen(DateTime issuedAtUtc, DateTime nowUtc)
    {
        if (!Supersedes(issuedAtUtc, CompletedIssuedAt))
        {
            return false;
        }
        CompletedIssuedAt = issuedAtUtc;
        if (!Completed)
        {
            return false;
        }
        Completed = false;
        CompletedAt = null;
        Touch(nowUtc);
        return true;
    }

    // Equal stamps apply in delivery order: commands of one chat turn share their turn's moment.
    private static bool Supersedes(DateTime issuedAtUtc, DateTime fieldIssuedAtUtc) => issuedAtUtc >= fieldIssuedAtUtc;

    // The series starts at this todo's due (edits apply from this occurrence on); without a due, at the
    // rule's first occurrence from the day it was issued.
    private void SetRecurrence(TodoRecurrence recurrence, DateTime issuedAtUtc)
    {
        if (Due is null)
        {
            SetDue(recurrence.First(issuedAtUtc)
                ?? throw new TodoDomainException("validation", "The todo is not valid.",
                    new Dictionary<string, string[]> { [RecurrenceFieldNames.Rule] = ["The rule has no occurrence from today on."] }));
        }
        var start = recurrence.LocalStart(Due!.Value);
        RecurrenceRule = recurrence.Rule;
        RecurrenceTimeZone = recurrence.TimeZone;
        SeriesStart = TodoRecurrence.SeriesStartText(start.Date, start.Time);
    }

    private void SetDue(TodoDue? due)
    {
        DueDate = due?.Date;
        DueTime = due?.Time;
        DueOffsetMinutes = due is { Time: not null } timed ? (int)timed.Offset.TotalMinutes : null;
        DueSortUtc = due?.SortKeyUtc;
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAt = nowUtc;
        Version++;
    }
}
