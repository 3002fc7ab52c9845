namespace TodoFunctions.Chat.Tests;

public sealed class DateConventionTests
{
    private static AddTask Add(string message, string zone, DateTime local) =>
        Harness.SingleAdd(Harness.Run(message, Harness.Context(zone, local)));

    [Theory]
    [InlineData("add pay rent friday", "2026-11-27", "2026-12-04")] // said on a Friday: a week later
    [InlineData("add pay rent on fri", "2026-11-26", "2026-11-27")]
    [InlineData("add pay rent next friday", "2026-11-26", "2026-11-27")]
    [InlineData("add pay rent by wed", "2026-11-26", "2026-12-02")]
    [InlineData("add pay rent this sunday", "2026-11-29", "2026-12-06")]
    public void Weekday_is_the_next_occurrence_strictly_after_today(string message, string today, string expected)
    {
        var add = Add(message, "Europe/Berlin", DateTime.Parse(today + "T10:00", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), add.Due?.Date);
        Assert.Null(add.Due?.Time);
    }

    [Theory]
    [InlineData("add pay rent on march 1", "2026-03-01", "2026-03-01")]
    [InlineData("add pay rent on march 1st", "2026-03-02", "2027-03-01")]
    [InlineData("add pay rent 1 march", "2026-02-10", "2026-03-01")]
    [InlineData("add renew gym on dec 31", "2026-12-31", "2026-12-31")]
    [InlineData("add leap day party feb 29", "2026-03-01", "2028-02-29")]
    public void Month_and_day_is_the_next_occurrence_on_or_after_today(string message, string today, string expected)
    {
        var add = Add(message, "UTC", DateTime.Parse(today + "T10:00", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), add.Due?.Date);
    }

    [Theory]
    [InlineData("remind me to take meds tonight at 9", "10:00", 0, "21:00")]
    [InlineData("remind me to take meds tonight at 9", "22:30", 0, "21:00")] // a named day wins even when the hour has passed
    [InlineData("add stretch this afternoon", "17:00", 0, "15:00")]
    [InlineData("add call the bank at 6:45", "05:00", 0, "06:45")] // bare clock time is 24-hour
    [InlineData("add call the bank at 6:45", "10:00", 1, "06:45")] // a time with no day that has passed is tomorrow
    [InlineData("add call the vet at 5pm", "18:00", 1, "17:00")]
    [InlineData("add call the vet at 5pm", "10:00", 0, "17:00")]
    [InlineData("add standup at 9", "08:00", 0, "09:00")]
    [InlineData("add call the landlord tomorrow morning", "10:00", 1, "09:00")]
    [InlineData("add lunch with jake tomorrow at noon", "10:00", 1, "12:00")]
    [InlineData("add team sync thursday 17:30", "10:00", -1, "17:30")]
    public void Times_follow_the_conventions(string message, string now, int days, string time)
    {
        var today = new DateTime(2026, 11, 26);
        var local = today + TimeSpan.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        var add = Add(message, "America/New_York", local);
        if (days >= 0)
        {
            Assert.Equal(DateOnly.FromDateTime(today).AddDays(days), add.Due?.Date);
        }

        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), add.Due?.Time);
    }

    [Theory]
    [InlineData("add water plants in three days", 3)]
    [InlineData("add water plants in 5 days", 5)]
    [InlineData("add water plants in a week", 7)]
    [InlineData("add water plants in two weeks", 14)]
    [InlineData("add water plants the day after tomorrow", 2)]
    [InlineData("add water plants tmrw", 1)]
    [InlineData("add water plants tomorow", 1)]
    [InlineData("add water plants today", 0)]
    [InlineData("add water plants by end of day", 0)]
    [InlineData("add water plants tmorrow", 1)]
    public void Relative_days_count_from_the_local_today(string message, int days)
    {
        var add = Add(message, "Asia/Tokyo", new DateTime(2026, 11, 29, 10, 0, 0));
        Assert.Equal(new DateOnly(2026, 11, 29).AddDays(days), add.Due?.Date);
        Assert.Null(add.Due?.Time);
    }

    [Theory]
    [InlineData("2026-11-29", "2026-11-30")] // Sunday: tomorrow is next week's Monday
    [InlineData("2026-11-30", "2026-12-07")] // Monday: the following Monday
    [InlineData("2026-11-27", "2026-11-30")]
    public void Next_week_without_a_day_is_next_monday(string today, string expected)
    {
        var add = Add("add return library books next week", "Europe/Madrid", DateTime.Parse(today + "T10:00", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), add.Due?.Date);
    }

    [Fact]
    public void Iso_date_is_taken_as_written_and_stays_date_only()
    {
        var add = Add("put submit tax return on my list for 2027-04-15", "Asia/Kolkata", new DateTime(2026, 11, 26, 10, 0, 0));
        Assert.Equal(new TaskDue(new DateOnly(2027, 4, 15), null), add.Due);
        Assert.Equal("Submit tax return", add.Title);
    }

    [Fact]
    public void No_date_means_no_due_date()
    {
        var add = Add("add buy milk", "UTC", new DateTime(2026, 11, 26, 10, 0, 0));
        Assert.Null(add.Due);
    }

    [Fact]
    public void The_same_instant_is_a_different_today_in_different_zones()
    {
        var instant = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);
        var newYork = Harness.Run("add x today", new ChatContext(instant, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), [], []));
        var tokyo = Harness.Run("add x today", new ChatContext(instant, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"), [], []));
        Assert.Equal(new DateOnly(2026, 11, 26), Harness.SingleAdd(newYork).Due?.Date);
        Assert.Equal(new DateOnly(2026, 11, 27), Harness.SingleAdd(tokyo).Due?.Date);
    }

    [Theory]
    [InlineData("America/New_York", "2026-11-01T23:30", "2026-11-02")] // evening of the day DST ends
    [InlineData("America/New_York", "2026-03-08T23:30", "2026-03-09")] // evening of the day DST starts
    [InlineData("Europe/Berlin", "2026-03-30T00:30", "2026-03-31")] // just after midnight following the switch
    [InlineData("Europe/Berlin", "2026-10-25T23:45", "2026-10-26")]
    public void Tomorrow_is_correct_around_dst_switches(string zone, string local, string expected)
    {
        var add = Add("add call grandma tomorrow", zone, DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), add.Due?.Date);
    }

    [Fact]
    public void On_the_spring_forward_day_a_time_ahead_of_now_stays_today()
    {
        // 01:30 EST on 2026-03-08; 03:30 exists after the jump and is still ahead.
        var add = Add("add check the clocks at 3:30", "America/New_York", new DateTime(2026, 3, 8, 1, 30, 0));
        Assert.Equal(new TaskDue(new DateOnly(2026, 3, 8), new TimeOnly(3, 30)), add.Due);
    }
}
