using System.Globalization;
using Ical.Net;
using Ical.Net.DataTypes;

namespace TodoFunctions.Core.Domain.Recurrence;

/// <summary>Turns a rule into the short English phrase the API and the web app show.</summary>
public static class RecurrenceSummary
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static string Describe(RecurrencePattern pattern)
    {
        var every = Every(pattern);
        if (pattern.Count is { } count)
        {
            every += count == 1 ? ", once" : $", {count} times";
        }
        else if (pattern.Until is { } until)
        {
            every += ", until " + until.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return every;
    }

    private static string Every(RecurrencePattern pattern)
    {
        var interval = pattern.Interval;
        var days = pattern.ByDay;
        var months = pattern.ByMonth.Count > 0 ? " in " + List(pattern.ByMonth.Select(m => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m))) : "";
        switch (pattern.Frequency)
        {
            case FrequencyType.Daily:
                return Unit(interval, "day", "days") + months;
            case FrequencyType.Weekly:
                if (days.Count > 0 && interval == 1 && days.Select(d => d.DayOfWeek).Order().SequenceEqual(Weekdays))
                {
                    return "every weekday" + months;
                }
                if (days.Count > 0 && interval == 1)
                {
                    return "every " + List(days.Select(d => d.DayOfWeek.ToString())) + months;
                }
                return Unit(interval, "week", "weeks") + (days.Count > 0 ? " on " + List(days.Select(d => d.DayOfWeek.ToString())) : "") + months;
            case FrequencyType.Monthly:
                return Unit(interval, "month", "months") + On(pattern) + months;
            case FrequencyType.Yearly:
                return Unit(interval, "year", "years") + months + On(pattern);
            default:
                return pattern.ToString() ?? "";
        }
    }

    private static string On(RecurrencePattern pattern)
    {
        if (pattern.ByMonthDay.Count > 0)
        {
            return " on the " + List(pattern.ByMonthDay.Select(d => d == -1 ? "last day" : d < 0 ? Ordinal(-d) + " to last day" : Ordinal(d)));
        }
        if (pattern.ByDay.Count > 0)
        {
            var setPosition = pattern.BySetPosition.Count == 1 ? pattern.BySetPosition[0] : (int?)null;
            return " on " + List(pattern.ByDay.Select(d => (d.Offset ?? setPosition) switch
            {
                null => "every " + d.DayOfWeek,
                -1 => "the last " + d.DayOfWeek,
                < 0 and var n => $"the {Ordinal(-n)} to last {d.DayOfWeek}",
                var n => $"the {Ordinal(n.Value)} {d.DayOfWeek}",
            }));
        }
        return "";
    }

    private static string Unit(int interval, string one, string many) => interval switch
    {
        1 => "every " + one,
        2 => "every other " + one,
        _ => $"every {interval} {many}",
    };

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : string.Join(", ", all[..^1]) + " and " + all[^1];
    }
}
