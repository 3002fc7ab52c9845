using Npgsql;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Tests;

/// <summary>
/// The admission lookup of a todo's owner and version, as the HTTP host runs it on PostgreSQL: many requests'
/// lookups share queries, and each request still gets its own todo's stamp (or none).
/// </summary>
public sealed class AdmissionReadsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConcurrentLookupsEachGetTheirOwnTodosOwnerAndVersion()
    {
        await using var backbone = await Backbone.StartAsync();
        var expected = new Dictionary<Guid, TodoStamp?>();
        await using (var db = backbone.Db())
        {
            var other = Core.Domain.Users.User.Create($"other-{Guid.NewGuid():N}@example.com", "other", "unused", DateTime.UtcNow);
            db.Users.Add(other);
            await db.SaveChangesAsync(Ct);
            var otherUser = other.Id;
            for (var i = 0; i < 300; i++)
            {
                var owner = i % 3 == 0 ? otherUser : backbone.UserId;
                var todo = Todo.Create(Guid.CreateVersion7(), owner, TodoRules.Validate(new TodoFields($"todo {i}"), true, out _), DateTime.UtcNow, DateTime.UtcNow);
                db.Todos.Add(todo);
                expected[todo.Id] = new TodoStamp(owner, i % 5 == 0 ? 4 : 1);
            }
            await db.SaveChangesAsync(Ct);
        }
        await using var dataSource = NpgsqlDataSource.Create(backbone.Database);
        var bumped = expected.Where(e => e.Value!.Version == 4).Select(e => e.Key).ToArray();
        await using (var bump = dataSource.CreateCommand("""UPDATE todos SET "Version" = 4 WHERE "Id" = ANY($1)"""))
        {
            bump.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = bumped });
            Assert.Equal(bumped.Length, await bump.ExecuteNonQueryAsync(Ct));
        }
        for (var i = 0; i < 100; i++)
        {
            expected[Guid.CreateVersion7()] = null; // never created
        }

        await using var reads = new PostgresAdmissionReads(dataSource);
        // Every key asked several times, all at once, in a shuffled order.
        var asks = expected.Keys.SelectMany(id => Enumerable.Repeat(id, 3)).OrderBy(_ => Random.Shared.Next()).ToList();
        var answers = await Task.WhenAll(asks.Select(async id => (id, stamp: await reads.TodoStampAsync(id, Ct))));

        Assert.Equal(asks.Count, answers.Length);
        Assert.All(answers, a => Assert.Equal(expected[a.id], a.stamp));
    }

    [Fact]
    public async Task WhenTheDatabaseCannotBeReachedEveryWaitingLookupFails()
    {
        // A loopback port nothing listens on: connection refused at once.
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var dataSource = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={port};Username=nobody;Timeout=2");
        await using var reads = new PostgresAdmissionReads(dataSource);

        var lookups = Enumerable.Range(0, 50).Select(_ => reads.TodoStampAsync(Guid.NewGuid(), Ct)).ToList();
        foreach (var lookup in lookups)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => lookup);
        }
    }
}
