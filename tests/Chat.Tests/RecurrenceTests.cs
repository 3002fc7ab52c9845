namespace TodoFunctions.Chat.Tests;

/// <summary>Repeat phrases become an RFC 5545 rule on the new task, and never stay in its title.</summary>
public sealed class RecurrenceTests
{
    // Thursday 26 November 2026, 10:00 in Berlin.
    private static ChatPlan Run(string message) => Harness.Run(message, Harness.Context("Europe/Berlin", new DateTime(2026, 11, 26, 10, 0, 0)));

    [Theory]
    [InlineData("pay rent every month on the 1st", "Pay rent", "FREQ=MONTHLY", "2026-12-01")]
    [InlineData("water plants every other day", "Water plants", "FREQ=DAILY;INTERVAL=2", "2026-11-26")]
    [InlineData("add pick up dry cleaning every thursday", "Pick up dry cleaning", "FREQ=WEEKLY;BYDAY=TH", null)]
    [InlineData("add gym every other monday", "Gym", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", null)]
    [InlineData("add yoga daily", "Yoga", "FREQ=DAILY", "2026-11-26")]
    [InlineData("add take out the bins every week", "Take out the bins", "FREQ=WEEKLY", null)]
    [InlineData("add clean the gutters every 3 months", "Clean the gutters", "FREQ=MONTHLY;INTERVAL=3", null)]
    [InlineData("add renew passport insurance yearly", "Renew passport insurance", "FREQ=YEARLY", null)]
    [InlineData("add review budget fortnightly", "Review budget", "FREQ=WEEKLY;INTERVAL=2", null)]
    public void A_repeat_phrase_becomes_a_rule_and_leaves_the_title(string message, string title, string rule, string? dueDate)
    {
        var plan = Run(message);
        var add = Harness.SingleAdd(plan);
        Assert.Equal(title, add.Title);
        Assert.Equal(rule, add.Recurrence);
        if (dueDate is not null)
        {
            Assert.Equal(dueDate, add.Due?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Contains("repeats", plan.Reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("aren't supported", plan.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Standup_every_weekday_at_930_is_a_weekday_rule_with_the_time_as_due()
    {
        var add = Harness.SingleAdd(Run("add standup every weekday at 9:30"));
        Assert.Equal("Standup", add.Title);
        Assert.Equal("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", add.Recurrence);
        Assert.Equal(new TimeOnly(9, 30), add.Due?.Time);
    }

    [Fact]
    public void A_task_without_a_repeat_phrase_has_no_rule()
    {
        Assert.Null(Harness.SingleAdd(Run("add buy milk tomorrow")).Recurrence);
    }
}

/// <summary>Several weekdays make one weekly rule; the first occurrence is the nearest of them.</summary>
public sealed class SeveralWeekdaysTests
{
    [Theory]
    [InlineData("swim every monday, wednesday and friday", "FREQ=WEEKLY;BYDAY=MO,WE,FR")]
    [InlineData("swim on mondays, wednesdays and fridays", "FREQ=WEEKLY;BYDAY=MO,WE,FR")]
    [InlineData("swim on mondays and fridays", "FREQ=WEEKLY;BYDAY=MO,FR")]
    [InlineData("swim every tue & thu", "FREQ=WEEKLY;BYDAY=TU,TH")]
    [InlineData("swim every thursday and monday", "FREQ=WEEKLY;BYDAY=MO,TH")]
    public void The_phrase_lists_every_day(string text, string rule)
    {
        var result = TodoFunctions.Chat.Intents.Recurrence.Extract(text, DayOfWeek.Tuesday);
        Assert.Equal(rule, result.Rule);
        Assert.Equal("swim", result.Remainder.Split(" on ")[0].Trim());
    }

    [Fact]
    public void The_first_occurrence_is_the_nearest_day_after_today()
    {
        Assert.Contains("on thursday", TodoFunctions.Chat.Intents.Recurrence.Extract("gym every monday and thursday", DayOfWeek.Tuesday).Remainder, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("on monday", TodoFunctions.Chat.Intents.Recurrence.Extract("gym every monday and thursday", DayOfWeek.Friday).Remainder, StringComparison.OrdinalIgnoreCase);
    }
}
