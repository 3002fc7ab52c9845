using Microsoft.Data.Sqlite;
using Npgsql;

namespace TodoFunctions.Core.Persistence;

public static partial class PersistenceExtensions
{
    // Npgsql takes the option as "No Reset On Close" or "NoResetOnClose".
    [System.Text.RegularExpressions.GeneratedRegex(@"No\s*Reset\s*On\s*Close\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NamesResetOnClose();

    [System.Text.RegularExpressions.GeneratedRegex(@"Server\s*Compatibility\s*Mode\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NamesCompatibilityMode();

    /// <summary>
    /// Registers <see cref="TodoDbContext"/>: PostgreSQL when <c>ConnectionStrings:Todo</c> is set,
    /// otherwise an embedded SQLite file in <see cref="StorageOptions.DataDirectory"/>.
    /// </summary>
    public static IServiceCollection AddTodoPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration("Storage");
        services.AddScoped<DatabaseReadiness>();
        // For services that may finish their work without the context: resolving a pooled context builds EF Core's
        // services, 100–235 ms of a fresh worker's first batch (TodoWriteUnit).
        services.AddScoped(sp => new Lazy<TodoDbContext>(sp.GetRequiredService<TodoDbContext>));
        var storage = configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        var postgres = configuration.GetConnectionString("Todo");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            var builder = new NpgsqlDataSourceBuilder(postgres);
            // Every request and batch runs the same few statements; prepared once per connection, PostgreSQL
            // stops parsing and planning them each time. A connection string that sets its own value wins.
            if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
            {
                builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
            }
            // With prepared statements kept, Npgsql resets a returned connection with seven statements (CLOSE ALL,
            // RESET ALL, UNLISTEN *, pg_advisory_unlock_all(), ...) run before its next use, and a write request
            // rents one for its admission read. Nothing here leaves session state on a pooled connection:
            // advisory locks are transaction-scoped, LISTEN has its own data source (PostgresCompletionListener),
            // nothing runs SET outside a transaction. A connection string that names the option wins.
            if (!NamesResetOnClose().IsMatch(postgres))
            {
                builder.ConnectionStringBuilder.NoResetOnClose = true;
            }
            // On a data source's first connection Npgsql reads the server's type catalogue (a large query, then a mapping per type);
            // without it a fresh worker's median cold start fell by 160–250 ms in an A/B on a busy 2-core machine (docs/PERFORMANCE.md).
            // The schema and every statement use only PostgreSQL's built-in types and their arrays, which Npgsql knows without asking. A connection string that
            // names the option (e.g. `Server Compatibility Mode=None`, for a deployment that adds an extension type) keeps the catalogue.
            if (!LoadsTypeCatalogue(postgres))
            {
                builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
            }
            var dataSource = builder.Build();
            services.AddSingleton(dataSource);
            services.AddSingleton<Services.IAdmissionReads, Services.PostgresAdmissionReads>();
            services.AddSingleton<Services.PostgresPlainListing>();
            // The model compiled ahead of time (Persistence/CompiledModel, `dotnet ef dbcontext optimize`): building it at
            // run time was ≈ 250 ms of a worker's cold start. SQLite builds its model at run time.
            services.AddDbContextPool<TodoDbContext>(
                o => o.UseNpgsql(dataSource).UseModel(CompiledModel.TodoDbContextModel.Instance).ConfigureWarnings(QuietFailures),
                storage.MaxPoolSize);
        }
        else
        {
            StorageOptions.CreatePrivateDirectory(storage.DataDirectory);
            var file = Path.GetFullPath(Path.Combine(storage.DataDirectory, "todo.db"));
            CreatePrivateFile(file);
            var sqlite = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 }.ToString();
            services.AddDbContextPool<TodoDbContext>(o => o.UseSqlite(sqlite).ConfigureWarnings(QuietFailures), storage.MaxPoolSize);
            services.AddScoped<Services.IAdmissionReads, Services.EfAdmissionReads>();
        }
        return services;
    }

    /// <summary>Whether the PostgreSQL data source reads the server's type catalogue: only when the connection string asks for it (the obsolete "Server Compatibility Mode" option, either spelling).</summary>
    public static bool LoadsTypeCatalogue(string connectionString) => NamesCompatibilityMode().IsMatch(connectionString);

    // SQLite would create the file with the process's umask; an empty owner-only file is created first instead.
    private static void CreatePrivateFile(string path)
    {
        if (File.Exists(path) || OperatingSystem.IsWindows())
        {
            return;
        }
        using var _ = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }

    // A failed command or query reaches its caller as an exception, and the caller decides what to log:
    // during a database outage EF's own error log would add a line and a stack trace per request.
    private static void QuietFailures(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(
            Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.QueryIterationFailed,
            Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed,
            Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError,
            Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.ConnectionError,
            Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.TransactionError);

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
        // Live updates are served by the same hosts, off the same listener.
        services.AddOptions<Events.EventStreamOptions>().BindConfiguration("Events");
        services.AddSingleton<Events.EventStreamLimiter>();
        services.AddSingleton<Events.UserEventStream>();
        services.AddSingleton<Events.UserEventTrimmer>();
        services.AddHostedService(provider => provider.GetRequiredService<Events.UserEventTrimmer>());
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
