using Npgsql;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Reminders.Tests;

/// <summary>
/// <see cref="PostgresWriteStatements.NotifyAsync"/> on real PostgreSQL: the reminders dispatcher announces up to a whole batch of users
/// (500) and the write unit a batch of commands, so the ids are split into notices under pg_notify's 8,000-byte limit —
/// every id arrives, once, and only when the transaction commits.
/// </summary>
public sealed class NoticeChunkingTests : IAsyncLifetime
{
    private Backbone _backbone = null!;

    public async ValueTask InitializeAsync() => _backbone = await Backbone.StartAsync();

    public async ValueTask DisposeAsync() => await _backbone.DisposeAsync();

    [Fact]
    public async Task ManyIdsArriveSplitIntoNoticesUnderTheLimitOnlyAfterTheCommit()
    {
        var ct = TestContext.Current.CancellationToken;
        var users = Enumerable.Range(0, 450).Select(_ => Guid.NewGuid()).ToArray();
        var commands = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        var rolledBack = Guid.NewGuid();
        var sentinel = Guid.NewGuid();
        var received = new List<(string Channel, string Payload)>();
        await using var listener = new NpgsqlConnection(_backbone.Database);
        await listener.OpenAsync(ct);
        listener.Notification += (_, e) => received.Add((e.Channel, e.Payload));
        await using (var listen = new NpgsqlCommand("LISTEN users_test; LISTEN commands_test", listener))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        await using (var db = _backbone.Db())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await PostgresWriteStatements.NotifyAsync(db.PostgresConnection(), [("commands_test", [rolledBack])], ct);
            await transaction.RollbackAsync(ct);
        }
        await using (var db = _backbone.Db())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await PostgresWriteStatements.NotifyAsync(db.PostgresConnection(), [("users_test", users), ("commands_test", commands), ("commands_test", [])], ct);
            await PostgresWriteStatements.NotifyAsync(db.PostgresConnection(), [], ct);
            await transaction.CommitAsync(ct);
        }
        await using (var db = _backbone.Db())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await PostgresWriteStatements.NotifyAsync(db.PostgresConnection(), [("commands_test", [sentinel])], ct);
            await transaction.CommitAsync(ct);
        }
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!received.Any(r => r.Payload == sentinel.ToString()) && DateTime.UtcNow < deadline)
        {
            await listener.WaitAsync(TimeSpan.FromSeconds(1), ct);
        }

        Assert.Contains(received, r => r.Payload == sentinel.ToString());
        var userNotices = received.Where(r => r.Channel == "users_test").ToList();
        Assert.Equal(3, userNotices.Count); // 450 ids, at most 200 a notice
        Assert.All(userNotices, n => Assert.True(n.Payload.Length < 8000, $"a notice of {n.Payload.Length} bytes"));
        Assert.Equal(users.Order(), userNotices.SelectMany(n => n.Payload.Split(',')).Select(Guid.Parse).Order());
        var commandIds = received.Where(r => r.Channel == "commands_test").SelectMany(n => n.Payload.Split(',')).Select(Guid.Parse).ToList();
        Assert.Equal([.. commands.Order(), sentinel], [.. commandIds.Where(id => id != sentinel).Order(), .. commandIds.Where(id => id == sentinel)]);
        Assert.DoesNotContain(rolledBack, commandIds);
    }
}
