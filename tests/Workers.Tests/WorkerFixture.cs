using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TodoFunctions.Core;
using TodoFunctions.Core.Domain.Users;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Workers.Tests;

/// <summary>
/// A migrated PostgreSQL database, a RabbitMQ vhost and a publishing bus in the test process. The
/// worker itself runs as a separate process started by each test.
/// </summary>
public sealed class WorkerFixture : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public Dictionary<string, string> Environment { get; } = [];
    public string Vhost { get; private set; } = "";
    public Guid UserId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var rabbit = await RabbitVhosts.NextAsync();
        Vhost = new Uri(rabbit).AbsolutePath.Trim('/');
        Environment["ConnectionStrings__Todo"] = await PostgresDatabase.CreateAsync();
        Environment["ConnectionStrings__RabbitMQ"] = rabbit;
        Environment["Messaging__RetryLimit"] = "2";
        Assert.Equal(0, await WorkerProcess.RunToExitAsync(Environment, "migrate"));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Todo"] = Environment["ConnectionStrings__Todo"],
            ["ConnectionStrings:RabbitMQ"] = rabbit,
            ["Auth:SigningKey"] = LocalApp.SigningKey,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddCore(configuration).AddTodoMessaging(configuration).BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(TestContext.Current.CancellationToken);
        }

        await using var db = Db();
        var user = User.Create($"worker-{Guid.NewGuid():N}@example.com", "worker", "unused", DateTime.UtcNow);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        UserId = user.Id;
    }

    public TodoDbContext Db() => _services.CreateScope().ServiceProvider.GetRequiredService<TodoDbContext>();

    public async Task PublishAsync(IEnumerable<TodoCommand> commands)
    {
        var publisher = _services.GetRequiredService<CommandPublisher>();
        await Parallel.ForEachAsync(commands, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (command, ct) =>
            Assert.True(await publisher.TryPublishAsync(command, ct)));
    }

    public TodoCommand Command(TodoCommandKind kind, Guid todoId, TodoFields? fields = null, Guid? userId = null) => new()
    {
        CommandId = Guid.NewGuid(),
        UserId = userId ?? UserId,
        TodoId = todoId,
        Kind = kind,
        IssuedAt = DateTimeOffset.UtcNow,
        Fields = fields,
    };

    /// <summary>Polls until <paramref name="done"/> holds, failing after <paramref name="timeout"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            if (watch.Elapsed > timeout)
            {
                Assert.Fail($"Timed out after {timeout} waiting for {what}. Worker output:\n{string.Join("\n", WorkerProcess.Output.TakeLast(400))}");
            }
            await Task.Delay(20);
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
