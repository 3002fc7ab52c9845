using System.Globalization;

namespace TodoFunctions.Core.Domain.Todos;

/// <summary>
/// A due date as the client gave it: an all-day date (<c>2026-12-24</c>) or a local
/// date-time with its UTC offset (<c>2026-12-24T18:00:00+01:00</c>).
/// </summary>
public readonly record struct TodoDue(DateOnly Date, TimeOnly? Time, TimeSpan Offset)
{
    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    public bool IsAllDay => Time is null;

    /// <summary>The due a todo's columns hold (date, optional local time, offset in minutes); null without a date.</summary>
    public static TodoDue? FromColumns(DateOnly? date, TimeOnly? time, int? offsetMinutes) =>
        date is { } day ? new TodoDue(day, time, TimeSpan.FromMinutes(offsetMinutes ?? 0)) : null;

    /// <summary>The instant used for sorting and range filters; midnight UTC for an all-day date.</summary>
    public DateTime SortKeyUtc => Time is { } time
        ? new DateTimeOffset(Date.ToDateTime(time), Offset).UtcDateTime
        : DateTime.SpecifyKind(Date.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);

    public static bool TryParse(string? text, out TodoDue due)
    {
        due = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        if (text.Length == 10)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                due = new TodoDue(date, null, TimeSpan.Zero);
                return true;
            }
            return false;
        }
        // Normalise a trailing Z so the offset formats accept it.
        var normalized = text.EndsWith('Z') ? text[..^1] + "+00:00" : text;
        if (!DateTimeOffset.TryParseExact(normalized, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return false;
        }
        due = new TodoDue(DateOnly.FromDateTime(moment.DateTime), TimeOnly.FromDateTime(moment.DateTime), moment.Offset);
        return true;
    }

    public override string ToString() => Time is { } time
        ? new DateTimeOffset(Date.ToDateTime(time), Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
