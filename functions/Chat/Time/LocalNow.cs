namespace TodoFunctions.Chat.Time;

/// <summary>The user's wall clock at the moment the message was sent.</summary>
public readonly record struct LocalNow(DateOnly Today, TimeOnly Time)
{
    public static LocalNow From(DateTimeOffset now, TimeZoneInfo zone)
    {
        // ConvertTime applies the zone's rules for that instant, so DST switch days come out right.
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return new LocalNow(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime));
    }

    public static DateOnly NextWeekdayAfter(DateOnly today, DayOfWeek day)
    {
        var delta = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(delta == 0 ? 7 : delta);
    }

    public static DateOnly NextMonday(DateOnly today) => NextWeekdayAfter(today, DayOfWeek.Monday);

    public static DateOnly EndOfWeek(DateOnly today)
    {
        var delta = (7 - (int)today.DayOfWeek) % 7;
        return today.AddDays(delta);
    }
}
