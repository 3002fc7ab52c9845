using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TodoFunctions.Core;
using TodoFunctions.Core.Domain.Users;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Reliability;
using TodoFunctions.Testing;
using TodoFunctions.Workers.Batching;
using TodoFunctions.Workers.Health;

namespace TodoFunctions.WritePath.Tests;

/// <summary>
/// The embedded mode's own store (SQLite in a temporary directory) with the Core services the worker and
/// the chat handler write through, so the write path runs in-process in milliseconds; or, for the tests that
/// take a <see cref="Store"/>, a fresh database on the test PostgreSQL server, where the write unit reads
/// and writes with plain statements, COPY and advisory locks instead of EF Core.
/// </summary>
public sealed class EmbeddedStore : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("todo-writepath-").FullName;
    private readonly string? _postgres;

    public ServiceProvider Services { get; }

    public Guid UserId { get; private set; }

    private EmbeddedStore(Action<MessagingOptions> messaging, string? postgres)
    {
        _postgres = postgres;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _directory,
            ["ConnectionStrings:Todo"] = postgres,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddCore(configuration);
        services.AddOptions<MessagingOptions>().Configure(messaging);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static async Task<EmbeddedStore> StartAsync(Action<MessagingOptions>? messaging = null, Store store = Store.Sqlite) =>
        await StartAsync(messaging, store == Store.Postgres ? await PostgresDatabase.CreateAsync() : null);

    private static async Task<EmbeddedStore> StartAsync(Action<MessagingOptions>? messaging, string? postgres)
    {
        var store = new EmbeddedStore(messaging ?? (_ => { }), postgres);
        await store.Services.PrepareDatabaseAsync();
        await using var db = store.Db();
        var user = User.Create($"writer-{Guid.NewGuid():N}@example.com", "writer", "unused", DateTime.UtcNow);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        store.UserId = user.Id;
        return store;
    }

    /// <summary>A context of its own, outside any scope the code under test uses.</summary>
    public TodoDbContext Db() => new(_postgres is null
        ? new DbContextOptionsBuilder<TodoDbContext>().UseSqlite($"Data Source={Path.Combine(_directory, "todo.db")};Pooling=false").Options
        : new DbContextOptionsBuilder<TodoDbContext>().UseNpgsql(_postgres).UseModel(TodoFunctions.Core.Persistence.CompiledModel.TodoDbContextModel.Instance).Options);

    public TodoCommandBatcher Batcher() => new(
        Services.GetRequiredService<IServiceScopeFactory>(),
        Services.GetRequiredService<DatabaseAvailability>(),
        new WorkerMetrics(),
        Services.GetRequiredService<ConsumptionFrontier>(),
        Services.GetRequiredService<IOptions<MessagingOptions>>(),
        NullLogger<TodoCommandBatcher>.Instance);

    public TodoCommand Command(TodoCommandKind kind, Guid todoId, TodoFields? fields = null, DateTimeOffset? issuedAt = null) => new()
    {
        CommandId = Guid.NewGuid(),
        UserId = UserId,
        TodoId = todoId,
        Kind = kind,
        IssuedAt = issuedAt ?? DateTimeOffset.UtcNow,
        Fields = fields,
    };

    /// <summary>
    /// Makes the database refuse to store a todo with this title, the way a real constraint or a full disk
    /// refuses one row: the transaction that tries fails, and nothing else about the command is wrong.
    /// </summary>
    public async Task RefuseTitleAsync(string title)
    {
        if (_postgres is not null)
        {
            throw new NotSupportedException("The refusing trigger is written for SQLite.");
        }
        await using var db = Db();
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE IF NOT EXISTS refused_titles (title TEXT PRIMARY KEY);
            CREATE TRIGGER IF NOT EXISTS refuse_titles BEFORE INSERT ON todos
            WHEN NEW."Title" IN (SELECT title FROM refused_titles)
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
            """);
        await db.Database.ExecuteSqlAsync($"INSERT INTO refused_titles (title) VALUES ({title})");
    }

    public async Task AcceptAllTitlesAsync()
    {
        await using var db = Db();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM refused_titles");
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>Which database a test's store runs on.</summary>
public enum Store
{
    Sqlite,
    Postgres,
}
