using System.Globalization;
using TodoFunctions.Chat;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Chat;

/// <summary>
/// Converts between the chat's local dues (date, optional local time in the user's zone), the tools'
/// text form ("2026-12-24" or "2026-12-24T18:00") and the stored form (date or date-time with offset).
/// </summary>
public static class DueText
{
    public static string Format(TaskDue due) => due.Time is { } time
        ? $"{due.Date:yyyy-MM-dd}T{time:HH\\:mm}"
        : due.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out TaskDue? due)
    {
        due = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            due = new TaskDue(date, null);
            return true;
        }
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            due = new TaskDue(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
            return true;
        }
        return false;
    }

    /// <summary>The stored form: all-day dates as they are; a local time gets the zone's offset on that day.</summary>
    public static string ToStored(TaskDue due, TimeZoneInfo zone)
    {
        if (due.Time is not { } time)
        {
            return due.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var local = due.Date.ToDateTime(time);
        var offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddHours(1)) : zone.GetUtcOffset(local);
        return new TodoDue(due.Date, time, offset).ToString();
    }

    public static TaskDue? FromStored(TodoDue? due, TimeZoneInfo zone)
    {
        if (due is not { } value)
        {
            return null;
        }
        if (value.Time is not { } time)
        {
            return new TaskDue(value.Date, null);
        }
        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(value.Date.ToDateTime(time), value.Offset), zone);
        return new TaskDue(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime));
    }
}
