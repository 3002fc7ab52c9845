using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TodoFunctions.Core;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Users;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Testing;

/// <summary>
/// A migrated PostgreSQL database, a RabbitMQ vhost, a user, and a publishing bus in the test process:
/// what a test needs around real worker processes (<see cref="WorkerProcess"/>) it starts itself.
/// </summary>
public sealed class Backbone : IAsyncDisposable
{
    private ServiceProvider _services = null!;

    private Backbone()
    {
    }

    /// <summary>Environment for a worker process: connection strings and settings.</summary>
    public Dictionary<string, string> Environment { get; } = [];
    public string Amqp => Environment["ConnectionStrings__RabbitMQ"];
    public string Database => Environment["ConnectionStrings__Todo"];
    public Guid UserId { get; private set; }

    /// <param name="postgresServer">A server connection string; the shared test server when null.</param>
    public static async Task<Backbone> StartAsync(string? postgresServer = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var backbone = new Backbone();
        var rabbit = await RabbitVhosts.NextAsync();
        backbone.Environment["ConnectionStrings__Todo"] = await PostgresDatabase.CreateAsync(postgresServer);
        backbone.Environment["ConnectionStrings__RabbitMQ"] = rabbit;
        backbone.Environment["Messaging__RetryLimit"] = "2";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            backbone.Environment[key] = value;
        }
        if (await WorkerProcess.RunToExitAsync(backbone.Environment, "migrate") != 0)
        {
            throw new InvalidOperationException("migrate failed:\n" + string.Join("\n", WorkerProcess.Output.TakeLast(50)));
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Todo"] = backbone.Database,
            ["ConnectionStrings:RabbitMQ"] = rabbit,
            ["Auth:SigningKey"] = LocalApp.SigningKey,
        }).Build();
        backbone._services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddCore(configuration).AddTodoMessaging(configuration).BuildServiceProvider();
        foreach (var hosted in backbone._services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        await using var db = backbone.Db();
        var user = User.Create($"worker-{Guid.NewGuid():N}@example.com", "worker", "unused", DateTime.UtcNow);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        backbone.UserId = user.Id;
        return backbone;
    }

    public TodoDbContext Db() => _services.CreateScope().ServiceProvider.GetRequiredService<TodoDbContext>();

    /// <summary>A DI scope of the test process's services (the worker's Core registrations on this database).</summary>
    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    /// <typeparam name="T">The message type: it names the exchange MassTransit publishes to.</typeparam>
    public async Task PublishAsync<T>(IEnumerable<T> commands, int parallelism = 32) where T : class
    {
        var publisher = _services.GetRequiredService<CommandPublisher>();
        await Parallel.ForEachAsync(commands, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (command, ct) =>
        {
            // As a client would after a 503: publish again (the command id makes a duplicate harmless).
            for (var attempt = 1; !await publisher.TryPublishAsync(command, ct); attempt++)
            {
                if (attempt == 5)
                {
                    throw new InvalidOperationException("The broker did not confirm a test command after 5 tries.");
                }
            }
        });
    }

    public TodoCommand Command(TodoCommandKind kind, Guid todoId, TodoFields? fields = null, Guid? userId = null, DateTimeOffset? issuedAt = null) => new()
    {
        CommandId = Guid.NewGuid(),
        UserId = userId ?? UserId,
        TodoId = todoId,
        Kind = kind,
        IssuedAt = issuedAt ?? DateTimeOffset.UtcNow,
        Fields = fields,
    };

    /// <summary>
    /// A barrier instead of a sleep before asserting on the database: SIGTERM the worker and wait until it has
    /// exited. A worker acknowledges a message only after its command committed and gives back what it did not
    /// finish, so when the queue is empty afterwards every command delivered to it has been applied.
    /// </summary>
    public async Task SettleAsync(WorkerProcess worker, string queue = QueueNames.TodoCommands)
    {
        worker.Terminate();
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await worker.WaitForExitAsync(exit.Token);
        var left = await new RabbitProbe(Amqp).CountAsync(queue);
        if (left != 0)
        {
            throw new InvalidOperationException($"{left} messages went back to {queue} when the worker stopped: the settled state was not reached.");
        }
    }

    /// <summary>Polls until <paramref name="done"/> holds, failing after <paramref name="timeout"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {what}. Worker output:\n{string.Join("\n", WorkerProcess.Output.TakeLast(200))}");
            }
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _services.GetServices<IHostedService>().Reverse())
        {
            await hosted.StopAsync(CancellationToken.None);
        }
        await _services.DisposeAsync();
    }
}
