using TodoFunctions.Core.Domain.Recurrence;

namespace TodoFunctions.Recurrence.Tests;

[Collection(nameof(SeriesCollection))]
public sealed class SeriesTests(SeriesFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    // Spring forward: 09:00 stays 09:00 local; a 02:30 that does not exist moves forward by the gap (RFC 5545 3.3.5).
    [InlineData("Europe/Berlin", "2026-03-28T09:00:00+01:00", "2026-03-28T09:00:00+01:00|2026-03-29T09:00:00+02:00|2026-03-30T09:00:00+02:00")]
    [InlineData("Europe/Berlin", "2026-03-28T02:30:00+01:00", "2026-03-28T02:30:00+01:00|2026-03-29T03:30:00+02:00|2026-03-30T02:30:00+02:00")]
    [InlineData("America/New_York", "2026-03-07T09:00:00-05:00", "2026-03-07T09:00:00-05:00|2026-03-08T09:00:00-04:00|2026-03-09T09:00:00-04:00")]
    [InlineData("America/New_York", "2026-03-07T02:30:00-05:00", "2026-03-07T02:30:00-05:00|2026-03-08T03:30:00-04:00|2026-03-09T02:30:00-04:00")]
    // Fall back: the local time keeps, the offset changes.
    [InlineData("Europe/Berlin", "2026-10-24T09:00:00+02:00", "2026-10-24T09:00:00+02:00|2026-10-25T09:00:00+01:00|2026-10-26T09:00:00+01:00")]
    [InlineData("America/New_York", "2026-10-31T09:00:00-04:00", "2026-10-31T09:00:00-04:00|2026-11-01T09:00:00-05:00|2026-11-02T09:00:00-05:00")]
    public async Task EveryDayKeepsItsLocalTimeAcrossDaylightSavingChanges(string zone, string first, string expected)
    {
        var dues = await fixture.ChainAsync("FREQ=DAILY", zone, first, 2);
        Assert.Equal(expected.Split('|'), dues);
    }

    [Fact]
    public async Task AnAmbiguousFallBackTimeIsTheFirstOfTheTwo()
    {
        // 01:30 happens twice on 2026-11-01 in New York; RFC 5545 takes the first (still EDT, -04:00).
        var dues = await fixture.ChainAsync("FREQ=WEEKLY;BYDAY=SU", "America/New_York", "2026-10-25T01:30:00-04:00", 2);
        Assert.Equal(["2026-10-25T01:30:00-04:00", "2026-11-01T01:30:00-04:00", "2026-11-08T01:30:00-05:00"], dues);
    }

    [Theory]
    // The 31st skips months without one (RFC 5545: invalid dates are ignored); -1 is the last day, Feb 29 in a leap year.
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=31", "2027-01-31", "2027-01-31|2027-03-31|2027-05-31")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-1", "2027-01-31", "2027-01-31|2027-02-28|2027-03-31")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-1", "2028-01-31", "2028-01-31|2028-02-29|2028-03-31")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=29", "2028-01-29", "2028-01-29|2028-02-29|2028-03-29")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=29", "2027-01-29", "2027-01-29|2027-03-29|2027-04-29")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2028-02-29", "2028-02-29|2032-02-29|2036-02-29")]
    [InlineData("FREQ=MONTHLY;BYDAY=-1FR", "2026-01-30", "2026-01-30|2026-02-27|2026-03-27")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "2026-12-03", "2026-12-03|2026-12-14|2026-12-17")]
    public async Task MonthEndsLeapYearsAndNumberedWeekdaysFollowTheRule(string rule, string first, string expected)
    {
        var dues = await fixture.ChainAsync(rule, "Europe/Berlin", first, 2);
        Assert.Equal(expected.Split('|'), dues);
    }

    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=TH;COUNT=3", "Europe/Berlin", "2026-12-03", "2026-12-03|2026-12-10|2026-12-17")]
    [InlineData("FREQ=WEEKLY;BYDAY=TH;UNTIL=20261210", "Europe/Berlin", "2026-12-03", "2026-12-03|2026-12-10")]
    // A date-only UNTIL on a timed series includes that whole local day.
    [InlineData("FREQ=DAILY;UNTIL=20261209", "Europe/Berlin", "2026-12-08T21:00:00+01:00", "2026-12-08T21:00:00+01:00|2026-12-09T21:00:00+01:00")]
    public async Task CountAndUntilEndTheSeries(string rule, string zone, string first, string expected)
    {
        var issuedAt = DateTimeOffset.Parse(first, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1);
        var id = await fixture.CreateAsync(rule, zone, first, issuedAt);
        var completions = 0;
        JsonElement next;
        do
        {
            next = (await fixture.CompleteAsync(id, issuedAt.AddSeconds(++completions))).GetProperty("next");
            if (!next.GetProperty("seriesEnded").GetBoolean())
            {
                id = next.GetProperty("id").GetGuid();
            }
        }
        while (!next.GetProperty("seriesEnded").GetBoolean() && completions < 10);

        var series = await fixture.SeriesAsync(id);
        Assert.Equal(expected.Split('|'), series.Select(t => t.Due!.Value.ToString()));
        Assert.Equal(series.Count, completions);
        Assert.All(series, t => Assert.True(t.Completed));
    }

    [Fact]
    public async Task ACompletionThreeWeeksLateJumpsToTheNextFutureOccurrenceAndSaysSo()
    {
        var id = await fixture.CreateAsync("FREQ=WEEKLY;BYDAY=TH", "Europe/Berlin", "2026-11-05", DateTimeOffset.Parse("2026-11-01T10:00:00Z"));
        // Friday 27 November: the 12th, 19th and 26th have passed.
        var result = await fixture.CompleteAsync(id, DateTimeOffset.Parse("2026-11-27T10:00:00Z"));

        var next = result.GetProperty("next");
        Assert.Equal("2026-12-03", next.GetProperty("due").GetString());
        Assert.Equal(3, next.GetProperty("skipped").GetInt32());
        var series = await fixture.SeriesAsync(id);
        Assert.Equal(["2026-11-05", "2026-12-03"], series.Select(t => t.Due!.Value.ToString()));
        var created = series[1];
        Assert.Equal(("Series FREQ=WEEKLY;BYDAY=TH", "notes", TodoFunctions.Core.Domain.Todos.TodoPriority.High, "home"),
            (created.Title, created.Description, created.Priority, string.Join(',', created.Tags)));
        Assert.False(created.Completed);
        Assert.Equal(id, created.SeriesId);
        Assert.Equal(RecurrenceIds.NextOccurrence(id, id), created.Id);
    }

    [Fact]
    public async Task ATimedOccurrenceCompletedLateSkipsToTheNextOneAfterTheCompletion()
    {
        var id = await fixture.CreateAsync("FREQ=DAILY", "Europe/Berlin", "2026-12-01T09:00:00+01:00", DateTimeOffset.Parse("2026-11-30T10:00:00Z"));
        // Completed on the 3rd at 10:00 Berlin: the 2nd and 3rd at 09:00 have passed.
        var next = (await fixture.CompleteAsync(id, DateTimeOffset.Parse("2026-12-03T09:00:00Z"))).GetProperty("next");
        Assert.Equal("2026-12-04T09:00:00+01:00", next.GetProperty("due").GetString());
        Assert.Equal(2, next.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task CompletingTheSameOccurrenceTwiceAndOutOfOrderCreatesOneNextOccurrence()
    {
        var t0 = DateTimeOffset.Parse("2026-12-01T08:00:00Z");
        var id = await fixture.CreateAsync("FREQ=WEEKLY;BYDAY=TH", "Europe/Berlin", "2026-12-03", t0);
        var complete1 = fixture.Command(TodoCommandKind.Complete, id, t0.AddMinutes(1));
        var complete2 = fixture.Command(TodoCommandKind.Complete, id, t0.AddMinutes(2));
        var reopen = fixture.Command(TodoCommandKind.Reopen, id, t0.AddMinutes(3));
        var complete3 = fixture.Command(TodoCommandKind.Complete, id, t0.AddMinutes(4));
        // The last-issued first, every command twice.
        foreach (var command in new[] { complete3, reopen, complete2, complete1, complete3, complete1 })
        {
            await fixture.ApplyAsync(command);
        }

        var series = await fixture.SeriesAsync(id);
        Assert.Equal(["2026-12-03", "2026-12-10"], series.Select(t => t.Due!.Value.ToString()));
        Assert.True(series[0].Completed);
        Assert.False(series[1].Completed);
    }

    [Fact]
    public async Task ShuffledRepeatedCompletionsOnTwoReplicasWithAKillCreateExactlyOneNextOccurrenceEach()
    {
        const int seriesCount = 300;
        var t0 = DateTimeOffset.Parse("2026-12-01T08:00:00Z");
        var ids = Enumerable.Range(0, seriesCount).Select(_ => Guid.NewGuid()).ToList();
        var creates = ids.Select(id => fixture.Command(TodoCommandKind.Create, id, t0,
            new TodoFields("Bulk", Due: "2026-12-03", Recurrence: new RecurrenceFields("FREQ=WEEKLY;BYDAY=TH", "Europe/Berlin")))).ToList();
        await fixture.Backbone.PublishAsync(creates);
        await SeriesFixture.EventuallyAsync(async () => await ProcessedAsync(creates) == seriesCount, "the creates");

        var completions = ids.SelectMany(id => new[]
        {
            fixture.Command(TodoCommandKind.Complete, id, t0.AddMinutes(1)),
            fixture.Command(TodoCommandKind.Complete, id, t0.AddMinutes(2)),
            fixture.Command(TodoCommandKind.Reopen, id, t0.AddMinutes(3)),
            fixture.Command(TodoCommandKind.Complete, id, t0.AddMinutes(4)),
        }).ToList();
        var shuffled = completions.Concat(completions.Take(completions.Count / 3)).OrderBy(_ => Random.Shared.Next()).ToList();
        await fixture.Backbone.PublishAsync(shuffled);
        await SeriesFixture.EventuallyAsync(async () => await ProcessedAsync(completions) >= 100, "the first completions");
        fixture.Workers[0].Kill();
        fixture.Workers[0] = fixture.StartWorker();
        await SeriesFixture.EventuallyAsync(async () => await ProcessedAsync(completions) == completions.Count, "every completion", TimeSpan.FromSeconds(120));

        await using var db = fixture.Backbone.Db();
        var perSeries = await db.Todos.Where(t => t.SeriesId != null && ids.Contains(t.SeriesId.Value))
            .GroupBy(t => t.SeriesId).Select(g => new { Count = g.Count(), Open = g.Count(t => !t.Completed) }).ToListAsync(Cancel);
        Assert.Equal(seriesCount, perSeries.Count);
        Assert.All(perSeries, s => Assert.Equal((2, 1), (s.Count, s.Open)));
        Assert.Equal(completions.Count, await db.ProcessedCommands.CountAsync(p => completions.Select(c => c.CommandId).Contains(p.Id) && p.Status == CommandStatus.Succeeded, Cancel));
    }

    private async Task<int> ProcessedAsync(List<TodoCommand> commands)
    {
        var ids = commands.Select(c => c.CommandId).ToList();
        await using var db = fixture.Backbone.Db();
        return await db.ProcessedCommands.CountAsync(p => ids.Contains(p.Id));
    }
}
