using System.Globalization;
using TodoFunctions.Chat;

namespace TodoFunctions.ChatEval.Cases;

public enum DueKind { Days, Weekday, Date, MonthDay }

/// <summary>A due form from a case file: {"days":N}, {"weekday":"fri"}, {"date":"YYYY-MM-DD"}, {"month_day":"MM-DD"}, each with an optional "time".</summary>
public sealed record DueSpec(DueKind Kind, int Days, DayOfWeek Weekday, DateOnly Date, int Month, int Day, TimeOnly? Time)
{
    public DateOnly ResolveDate(DateOnly today) => Kind switch
    {
        DueKind.Days => today.AddDays(Days),
        DueKind.Weekday => NextStrictlyAfter(today, Weekday),
        DueKind.Date => Date,
        _ => NextOnOrAfter(today, Month, Day),
    };

    /// <summary>Setup tasks get a concrete due; with no time given the task is all-day.</summary>
    public TaskDue ToTaskDue(DateOnly today) => new(ResolveDate(today), Time);

    public bool Matches(TaskDue? actual, DateOnly today) =>
        actual is not null && actual.Date == ResolveDate(today) && (Time is null || actual.Time == Time);

    public string Describe(DateOnly today) =>
        ResolveDate(today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "");

    private static DateOnly NextStrictlyAfter(DateOnly today, DayOfWeek day)
    {
        var delta = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(delta == 0 ? 7 : delta);
    }

    private static DateOnly NextOnOrAfter(DateOnly today, int month, int day)
    {
        for (var year = today.Year; year <= today.Year + 8; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month))
            {
                var candidate = new DateOnly(year, month, day);
                if (candidate >= today)
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException($"No date {month}-{day} found");
    }

    public static DayOfWeek ParseWeekday(string text) => text.Trim().ToLowerInvariant()[..2] switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        "su" => DayOfWeek.Sunday,
        _ => throw new FormatException($"Unknown weekday '{text}'"),
    };
}
