using Npgsql;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Tests;

/// <summary>
/// The plain listing the HTTP host reads with Npgsql on PostgreSQL (<see cref="PostgresPlainListing"/>) answers exactly
/// what the EF Core listing answers for the same query — every field of every view, the order, the total — on todos
/// that use every field, beside another user's todos.
/// </summary>
public sealed class PlainListingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryStatusOrderAndPageMatchesTheEfListing()
    {
        await using var backbone = await Backbone.StartAsync();
        var now = DateTime.UtcNow;
        await using (var db = backbone.Db())
        {
            var other = Core.Domain.Users.User.Create($"other-{Guid.NewGuid():N}@example.com", "other", "unused", now);
            db.Users.Add(other);
            await db.SaveChangesAsync(Ct);
            for (var i = 0; i < 73; i++)
            {
                var owner = i % 4 == 3 ? other.Id : backbone.UserId;
                var todo = Todo.Create(Guid.CreateVersion7(), owner, Fields(i), now, now.AddSeconds(i % 7)); // equal CreatedAt: ties break on Id
                if (i % 3 == 0)
                {
                    todo.Complete(now, now.AddMinutes(1));
                }
                db.Todos.Add(todo);
            }
            await db.SaveChangesAsync(Ct);
        }

        await using var dataSource = NpgsqlDataSource.Create(backbone.Database);
        var plain = new PostgresPlainListing(dataSource);
        await using var scope = backbone.Db();
        var ef = new TodoQueries(scope);
        var compared = 0;
        foreach (var status in Enum.GetValues<TodoStatusFilter>())
        {
            foreach (var descending in new[] { false, true })
            {
                foreach (var (skip, take) in new[] { (0, 50), (0, 10), (10, 10), (40, 20), (0, 200), (200, 5), (0, 1) })
                {
                    var query = new TodoQuery { Status = status, Descending = descending, Skip = skip, Take = take };
                    Assert.True(PostgresPlainListing.Serves(query));
                    var expected = await ef.ListWithEfAsync(backbone.UserId, query, Ct);
                    var actual = await plain.ListAsync(backbone.UserId, query, Ct);
                    Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
                    compared += actual.Items.Count;
                }
            }
        }
        Assert.True(compared > 300, $"only {compared} items compared");
    }

    [Fact]
    public void FilteredOrOtherwiseSortedListingsAreLeftToEf()
    {
        Assert.False(PostgresPlainListing.Serves(new TodoQuery { Tag = "home" }));
        Assert.False(PostgresPlainListing.Serves(new TodoQuery { Text = "milk" }));
        Assert.False(PostgresPlainListing.Serves(new TodoQuery { Priority = TodoPriority.High }));
        Assert.False(PostgresPlainListing.Serves(new TodoQuery { Overdue = false }));
        Assert.False(PostgresPlainListing.Serves(new TodoQuery { DueBeforeUtc = DateTime.UtcNow }));
        Assert.False(PostgresPlainListing.Serves(new TodoQuery { DueAfterUtc = DateTime.UtcNow }));
        Assert.False(PostgresPlainListing.Serves(new TodoQuery { Sort = TodoSort.Due }));
        Assert.True(PostgresPlainListing.Serves(new TodoQuery { Status = TodoStatusFilter.Pending, Tag = " " }));
    }

    private static TodoInput Fields(int i)
    {
        var due = (i % 5) switch
        {
            0 => null,
            1 => "2026-12-24",
            2 => "2026-12-24T09:30:00+01:00",
            3 => "2027-03-01T18:00:00-05:00",
            _ => "2026-11-30T07:15:00Z",
        };
        var fields = new TodoFields(
            Title: $"todo {i} – ünïcode ✓",
            Description: i % 2 == 0 ? $"line one\nline \"two\" of {i}" : null,
            Due: due,
            Priority: ((TodoPriority)(i % 4)).ToString().ToLowerInvariant(),
            Tags: i % 3 == 0 ? [] : ["home", $"t{i % 5}"],
            Recurrence: i % 6 == 1 ? new RecurrenceFields("FREQ=WEEKLY;BYDAY=TH", "Europe/Berlin") : null,
            Reminders: due is null
                ? (i % 2 == 0 ? [new ReminderFields(At: "2026-12-20T08:00:00+01:00")] : null)
                : [new ReminderFields(Before: "PT1H"), new ReminderFields(At: "2026-12-20T08:00:00Z")]);
        var input = TodoRules.Validate(fields, true, out var errors);
        Assert.Empty(errors);
        return input;
    }
}
