namespace TodoFunctions.Chat.Time;

/// <summary>The date and time words found in a piece of text, and the text with them cut out.</summary>
public sealed record DateExpression(DateOnly? Date, TimeOnly? Time, bool NamedDay, string Remainder)
{
    public bool IsEmpty => Date is null && Time is null;

    /// <summary>Due date for a new task: a time with no day is today if still ahead, else tomorrow; a date alone stays all-day.</summary>
    public TaskDue? ToNewDue(LocalNow now)
    {
        if (IsEmpty)
        {
            return null;
        }

        if (Date is { } date)
        {
            return new TaskDue(date, Time);
        }

        return new TaskDue(DayForBareTime(now), Time);
    }

    /// <summary>A reschedule changes only what was named: a new date keeps the old time and a new time keeps the old date.</summary>
    public TaskDue? Reschedule(TaskDue? current, LocalNow now)
    {
        if (IsEmpty)
        {
            return current;
        }

        if (Date is { } date)
        {
            return new TaskDue(date, Time ?? current?.Time);
        }

        return new TaskDue(current?.Date ?? DayForBareTime(now), Time);
    }

    private DateOnly DayForBareTime(LocalNow now)
    {
        if (NamedDay || Time is null)
        {
            return now.Today;
        }

        return Time.Value > now.Time ? now.Today : now.Today.AddDays(1);
    }
}
