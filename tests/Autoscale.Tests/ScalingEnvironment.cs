using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using TodoFunctions.Core;
using TodoFunctions.Core.Domain.Users;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Autoscale.Tests;

/// <summary>
/// A migrated PostgreSQL database of its own, a RabbitMQ vhost of its own, a user, and a publishing bus in
/// the test process (the HTTP functions' publisher, which declares the queue so commands wait for workers).
/// </summary>
public sealed class ScalingEnvironment : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ScalingEnvironment(ServiceProvider services, string postgres, string rabbitMq, Guid userId)
    {
        _services = services;
        Postgres = postgres;
        RabbitMq = rabbitMq;
        UserId = userId;
    }

    public string Postgres { get; }
    public string RabbitMq { get; }
    public Guid UserId { get; }

    public static async Task<ScalingEnvironment> CreateAsync(CancellationToken cancellationToken)
    {
        var rabbit = await RabbitVhosts.NextAsync();
        var postgres = await PostgresDatabase.CreateAsync();
        await MigrateAsync(postgres, rabbit, cancellationToken);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Todo"] = postgres,
            ["ConnectionStrings:RabbitMQ"] = rabbit,
            ["Auth:SigningKey"] = LocalApp.SigningKey,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddCore(configuration).AddTodoMessaging(configuration).BuildServiceProvider();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(cancellationToken);
        }
        await using var db = services.CreateScope().ServiceProvider.GetRequiredService<TodoDbContext>();
        var user = User.Create($"autoscale-{Guid.NewGuid():N}@example.com", "autoscale", "unused", DateTime.UtcNow);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return new ScalingEnvironment(services, postgres, rabbit, user.Id);
    }

    public TodoDbContext Db() => _services.CreateScope().ServiceProvider.GetRequiredService<TodoDbContext>();

    /// <summary><paramref name="count"/> creates of new todos, published and confirmed by the broker.</summary>
    public async Task<IReadOnlyList<TodoCommand>> PublishCreatesAsync(int count, string label)
    {
        var commands = Enumerable.Range(0, count).Select(i => new TodoCommand
        {
            CommandId = Guid.NewGuid(),
            UserId = UserId,
            TodoId = Guid.NewGuid(),
            Kind = TodoCommandKind.Create,
            IssuedAt = DateTimeOffset.UtcNow,
            Fields = new TodoFields($"{label} {i}"),
        }).ToList();
        var publisher = _services.GetRequiredService<CommandPublisher>();
        await Parallel.ForEachAsync(commands, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (command, ct) =>
            Assert.True(await publisher.TryPublishAsync(command, ct), "The broker did not confirm a command."));
        return commands;
    }

    public async Task<uint> ReadyAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(RabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    /// <summary>Every command applied exactly once: one processed_commands row each, one todo each, each at version 1.</summary>
    public async Task AssertAppliedExactlyOnceAsync(IReadOnlyCollection<TodoCommand> commands)
    {
        var commandIds = commands.Select(c => c.CommandId).ToList();
        var todoIds = commands.Select(c => c.TodoId).ToList();
        await using var db = Db();
        var processed = await db.ProcessedCommands.CountAsync(c => commandIds.Contains(c.Id) && c.Status == CommandStatus.Succeeded);
        var allProcessed = await db.ProcessedCommands.CountAsync();
        var todos = await db.Todos.CountAsync(t => todoIds.Contains(t.Id));
        var todosAtVersion1 = await db.Todos.CountAsync(t => todoIds.Contains(t.Id) && t.Version == 1);
        Assert.Equal(commands.Count, processed);
        Assert.Equal(commands.Count, allProcessed);
        Assert.Equal(commands.Count, todos);
        Assert.Equal(commands.Count, todosAtVersion1);
    }

    /// <summary>Runs <c>Workers migrate</c>, as the chart's migration Job does.</summary>
    private static async Task MigrateAsync(string postgres, string rabbit, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.ProjectOutput("Workers", "TodoFunctions.Workers.dll"));
        start.ArgumentList.Add("migrate");
        start.Environment["ConnectionStrings__Todo"] = postgres;
        start.Environment["ConnectionStrings__RabbitMQ"] = rabbit;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"migrate failed: {await output}{await errors}");
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
