using System.Diagnostics;

namespace TodoFunctions.Reminders.Tests;

/// <summary>The reminders function against real PostgreSQL: replicas, downtime, and how reminders follow their todo.</summary>
public sealed class ReminderFunctionTests(ReminderBackbone fixture) : IClassFixture<ReminderBackbone>
{
    private static readonly DateTimeOffset Base = new(2031, 3, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwoReplicasDeliverEachOf2000RemindersExactlyOnce()
    {
        using var first = WorkerProcess.Start(fixture.Backbone.Environment, "--queues", "reminders");
        using var second = WorkerProcess.Start(fixture.Backbone.Environment, "--queues", "reminders");
        // All due at the same moment, a few seconds from now: both replicas poll the same rows at once.
        var at = DateTimeOffset.UtcNow.AddSeconds(4).ToString("yyyy-MM-dd'T'HH:mm:ssK");
        var todos = Enumerable.Range(0, 400).Select(_ => Guid.NewGuid()).ToList();
        var creates = todos.Select((id, i) => fixture.Create(id, $"Replica {i}", null,
            [.. Enumerable.Range(0, 5).Select(k => new ReminderFields(At: DateTimeOffset.Parse(at).AddMilliseconds(k * 1000).ToString("yyyy-MM-dd'T'HH:mm:ssK")))])).ToArray();
        await fixture.ApplyAsync(creates);

        await Backbone.EventuallyAsync(async () =>
        {
            await using var db = fixture.Backbone.Db();
            return !await db.Reminders.AnyAsync(r => todos.Contains(r.TodoId) && r.State == ReminderStates.Pending);
        }, TimeSpan.FromSeconds(60), "every reminder delivered");

        var events = (await fixture.FiredEventsAsync()).Where(e => todos.Contains(e.GetProperty("todoId").GetGuid())).ToList();
        Assert.Equal(2000, events.Count);
        Assert.Equal(2000, events.Select(e => e.GetProperty("reminderId").GetGuid()).Distinct().Count());
        await using var check = fixture.Backbone.Db();
        Assert.Equal(2000, await check.Reminders.CountAsync(r => todos.Contains(r.TodoId) && r.State == ReminderStates.Fired && r.FiredAt != null, TestContext.Current.CancellationToken));
        Assert.False(first.HasExited || second.HasExited, "a reminders replica exited");
    }

    [Fact]
    public async Task AfterTenMinutesDownEveryDueReminderIsDeliveredLateOnceAndMarkedMissed()
    {
        var start = new DateTimeOffset(2030, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var todos = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToList();
        // Due one per 10 s over the first ~8 minutes of the outage; the last few within MissedAfter of the restart.
        var creates = todos.Select((id, i) => fixture.Create(id, $"Outage {i}", null,
            [new ReminderFields(At: start.AddSeconds(30 + i * 10).ToString("yyyy-MM-dd'T'HH:mm:ssK"))])).ToArray();
        await fixture.ApplyAsync(creates);

        var clock = ReminderBackbone.ClockAt(start);
        Assert.Equal(0, await fixture.DispatchAllAsync(clock));

        clock.Advance(TimeSpan.FromMinutes(10)); // the function was stopped; it starts again at 09:10
        var delivered = await fixture.DispatchAllAsync(clock, batchSize: 7);
        Assert.Equal(0, await fixture.DispatchAllAsync(clock)); // nothing twice

        var events = (await fixture.FiredEventsAsync()).Where(e => todos.Contains(e.GetProperty("todoId").GetGuid())).ToList();
        Assert.Equal(50, delivered);
        Assert.Equal(50, events.Select(e => e.GetProperty("reminderId").GetGuid()).Distinct().Count());
        var restart = clock.GetUtcNow().UtcDateTime;
        foreach (var e in events)
        {
            var fireAt = e.GetProperty("fireAt").GetDateTime();
            var late = restart - fireAt;
            Assert.Equal(late > TimeSpan.FromMinutes(5), e.GetProperty("missed").GetBoolean());
            Assert.Equal(late > TimeSpan.FromMinutes(5) ? "missed" : "fired", e.GetProperty("state").GetString());
        }
        Assert.Contains(events, e => e.GetProperty("missed").GetBoolean());
        Assert.Contains(events, e => !e.GetProperty("missed").GetBoolean());
        await using var db = fixture.Backbone.Db();
        var states = await db.Reminders.Where(r => todos.Contains(r.TodoId)).Select(r => r.State).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(states, s => Assert.Contains(s, new[] { ReminderStates.Missed, ReminderStates.Fired }));
    }

    [Fact]
    public async Task CompletingOrDeletingATodoCancelsItsPendingReminders()
    {
        var (done, deleted) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.ApplyAsync(
            fixture.Create(done, "Complete me", "2041-01-01T10:00:00Z", [new ReminderFields(Before: "PT1H"), new ReminderFields(At: "2040-12-31T08:00:00Z")]),
            fixture.Create(deleted, "Delete me", "2041-01-01T10:00:00Z", [new ReminderFields(Before: "P1D")]));
        Assert.Equal(2, (await fixture.RemindersOfAsync(done)).Count(r => r.State == ReminderStates.Pending));
        Assert.Single(await fixture.RemindersOfAsync(deleted));

        await fixture.ApplyAsync(fixture.Backbone.Command(TodoCommandKind.Complete, done), fixture.Backbone.Command(TodoCommandKind.Delete, deleted));
        Assert.Empty(await fixture.RemindersOfAsync(done));
        Assert.Empty(await fixture.RemindersOfAsync(deleted));

        // Nothing left to fire, even long after.
        var later = ReminderBackbone.ClockAt(new DateTimeOffset(2041, 2, 1, 0, 0, 0, TimeSpan.Zero));
        await fixture.DispatchAllAsync(later);
        Assert.DoesNotContain(await fixture.FiredEventsAsync(), e => e.GetProperty("todoId").GetGuid() is var id && (id == done || id == deleted));
    }

    [Fact]
    public async Task EditingTheDueMovesRelativeRemindersAndLeavesAbsoluteOnes()
    {
        var id = Guid.NewGuid();
        await fixture.ApplyAsync(fixture.Create(id, "Dentist", "2042-05-01T15:00:00+02:00",
            [new ReminderFields(Before: "PT1H"), new ReminderFields(At: "2042-04-30T18:00:00Z")]));
        var before = await fixture.RemindersOfAsync(id);
        Assert.Equal([Utc(2042, 4, 30, 18, 0), Utc(2042, 5, 1, 12, 0)], before.Select(r => r.FireAt));

        await fixture.ApplyAsync(fixture.Backbone.Command(TodoCommandKind.Update, id, new TodoFields(Due: "2042-05-03T09:30:00+02:00") { Present = ["due"] }));
        var after = await fixture.RemindersOfAsync(id);
        Assert.Equal([Utc(2042, 4, 30, 18, 0), Utc(2042, 5, 3, 6, 30)], after.Select(r => r.FireAt));
        Assert.Equal(before.Select(r => r.Id).Order(), after.Select(r => r.Id).Order()); // moved, not replaced
        Assert.All(after, r => Assert.Equal(ReminderStates.Pending, r.State));

        // Replacing the reminders replaces the rows; an empty list removes them.
        await fixture.ApplyAsync(fixture.Backbone.Command(TodoCommandKind.Update, id, new TodoFields(Reminders: [new ReminderFields(Before: "PT10M")]) { Present = ["reminders"] }));
        Assert.Equal([Utc(2042, 5, 3, 7, 20)], (await fixture.RemindersOfAsync(id)).Select(r => r.FireAt));
        await fixture.ApplyAsync(fixture.Backbone.Command(TodoCommandKind.Update, id, new TodoFields(Reminders: []) { Present = ["reminders"] }));
        Assert.Empty(await fixture.RemindersOfAsync(id));
    }

    [Fact]
    public async Task TheNextOccurrenceOfASeriesCarriesItsRemindersShifted()
    {
        var id = Guid.NewGuid();
        await fixture.ApplyAsync(fixture.Create(id, "Standup", "2043-03-05T09:30:00+01:00",
            [new ReminderFields(Before: "PT15M"), new ReminderFields(At: "2043-03-04T20:00:00Z")],
            new RecurrenceFields("FREQ=WEEKLY;BYDAY=TH", "Europe/Berlin")));
        var complete = fixture.Backbone.Command(TodoCommandKind.Complete, id, issuedAt: new DateTimeOffset(2043, 3, 5, 9, 0, 0, TimeSpan.Zero));
        var outcome = (await fixture.ApplyAsync(complete)).Single();
        var nextId = JsonDocument.Parse(outcome.Result!).RootElement.GetProperty("next").GetProperty("id").GetGuid();

        Assert.Empty(await fixture.RemindersOfAsync(id));
        var next = await fixture.RemindersOfAsync(nextId);
        // 2043-03-12 09:30 Berlin (+01:00) is 08:30Z: 15 minutes before, and the absolute one a week later.
        Assert.Equal([Utc(2043, 3, 11, 20, 0), Utc(2043, 3, 12, 8, 15)], next.Select(r => r.FireAt));
        Assert.All(next, r => Assert.Equal(ReminderStates.Pending, r.State));

        // Completing the same occurrence again creates nothing more.
        await fixture.ApplyAsync(fixture.Backbone.Command(TodoCommandKind.Complete, id, issuedAt: new DateTimeOffset(2043, 3, 5, 9, 1, 0, TimeSpan.Zero)));
        Assert.Equal(2, (await fixture.RemindersOfAsync(nextId)).Count);
    }

    [Fact]
    public async Task ABeforeOfZeroFiresAtTheDue()
    {
        var id = Guid.NewGuid();
        await fixture.ApplyAsync(fixture.Create(id, "Call mum", "2044-02-01T18:00:00+01:00", [new ReminderFields(Before: "PT0S"), new ReminderFields(Before: "PT90M")]));
        Assert.Equal([Utc(2044, 2, 1, 15, 30), Utc(2044, 2, 1, 17, 0)], (await fixture.RemindersOfAsync(id)).Select(r => r.FireAt));
        await using var db = fixture.Backbone.Db();
        var todo = await db.Todos.AsNoTracking().SingleAsync(t => t.Id == id, TestContext.Current.CancellationToken);
        Assert.Equal(["before:PT0S", "before:PT1H30M"], todo.Reminders);
    }

    private static DateTime Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, DateTimeKind.Utc);
}
