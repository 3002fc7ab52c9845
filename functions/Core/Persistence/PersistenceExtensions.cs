using Microsoft.Data.Sqlite;
using Npgsql;

namespace TodoFunctions.Core.Persistence;

public static class PersistenceExtensions
{
    /// <summary>
    /// Registers <see cref="TodoDbContext"/>: PostgreSQL when <c>ConnectionStrings:Todo</c> is set,
    /// otherwise an embedded SQLite file in <see cref="StorageOptions.DataDirectory"/>.
    /// </summary>
    public static IServiceCollection AddTodoPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration("Storage");
        var storage = configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        var postgres = configuration.GetConnectionString("Todo");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            var dataSource = new NpgsqlDataSourceBuilder(postgres).Build();
            services.AddSingleton(dataSource);
            services.AddDbContextPool<TodoDbContext>(o => o.UseNpgsql(dataSource), storage.MaxPoolSize);
        }
        else
        {
            Directory.CreateDirectory(storage.DataDirectory);
            var file = Path.GetFullPath(Path.Combine(storage.DataDirectory, "todo.db"));
            var sqlite = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 }.ToString();
            services.AddDbContextPool<TodoDbContext>(o => o.UseSqlite(sqlite), storage.MaxPoolSize);
        }
        return services;
    }

    /// <summary>
    /// For hosts that answer <c>GET /api/commands/{id}?waitMs=</c>: on PostgreSQL, LISTEN for the ids workers
    /// commit, so waiters wake at once even when the worker runs in another process. Workers need no listener.
    /// </summary>
    public static IServiceCollection AddCommandCompletionListener(this IServiceCollection services, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("Todo")))
        {
            services.AddHostedService<PostgresCompletionListener>();
        }
        return services;
    }

    /// <summary>Creates the SQLite schema, or applies PostgreSQL migrations (what <c>Workers migrate</c> runs).</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TodoDbContext>();
        if (db.IsPostgres)
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        await db.Database.EnsureCreatedAsync(cancellationToken);
        // WAL lets the API read while the worker writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
