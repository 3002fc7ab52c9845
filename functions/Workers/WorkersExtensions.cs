using Microsoft.Extensions.DependencyInjection.Extensions;
using TodoFunctions.Workers.Batching;
using TodoFunctions.Workers.Consumers;
using TodoFunctions.Workers.Health;

namespace TodoFunctions.Workers;

public static class WorkersExtensions
{
    /// <summary>Adds the bus with the consumers of <paramref name="queues"/> and what they need.</summary>
    public static IServiceCollection AddWorkers(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<string> queues)
    {
        services.AddOptions<WorkerHostOptions>().BindConfiguration("Workers");
        services.AddSingleton(new WorkerQueueSelection(queues));
        services.AddSingleton<WorkerMetrics>();
        services.AddSingleton<BusConsumption>();
        var todoOnRabbitMq = queues.Contains(QueueNames.TodoCommands) && ConsumesWithRabbitMqClient(configuration);
        if (queues.Contains(QueueNames.TodoCommands))
        {
            // Registered before the bus and the consumer: the host stops services in reverse order, so they
            // stop consuming first and the batcher still finishes what they handed it.
            services.AddSingleton<TodoCommandBatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<TodoCommandBatcher>());
            services.AddHostedService<ParkedCommandSweeper>();
        }
        if (todoOnRabbitMq)
        {
            services.AddSingleton<RabbitMqTodoConsumer>();
            services.AddHostedService(sp => sp.GetRequiredService<RabbitMqTodoConsumer>());
        }
        if (queues.Contains(Reminders.ReminderFunction.Name))
        {
            services.TryAddKeyedSingleton<TimeProvider>(Reminders.ReminderFunction.ClockKey, (provider, _) => provider.GetRequiredService<TimeProvider>());
            services.AddHostedService<Reminders.ReminderFunction>();
        }
        services.AddOptions<MassTransitHostOptions>().Configure<IOptions<WorkerHostOptions>>((mt, worker) =>
        {
            var drain = worker.Value.DrainTimeout;
            mt.WaitUntilStarted = false;
            mt.StopTimeout = drain + TimeSpan.FromSeconds(2);
            // After this, consumers still waiting are cancelled and their messages go back to the queue.
            mt.ConsumerStopTimeout = drain;
        });
        services.AddOptions<HostOptions>().Configure<IOptions<WorkerHostOptions>>((host, worker) =>
            host.ShutdownTimeout = worker.Value.DrainTimeout + TimeSpan.FromSeconds(5));
        var todoOnBus = queues.Contains(QueueNames.TodoCommands) && !todoOnRabbitMq;
        var chatOnBus = queues.Contains(QueueNames.ChatCommands);
        // Without consumers on it, no bus is started at all (see AddTodoMessaging): a worker of the todo queue alone
        // starts faster and maps less code.
        services.AddTodoMessaging(configuration, !todoOnBus && !chatOnBus ? null : x =>
        {
            if (todoOnBus)
            {
                x.AddConsumer<TodoCommandConsumer, TodoCommandConsumerDefinition>();
            }
            if (chatOnBus)
            {
                x.AddConsumer<ChatCommandConsumer, ChatCommandConsumerDefinition>();
            }
        });
        return services;
    }

    /// <summary>
    /// The todo queue is consumed with RabbitMQ.Client (<see cref="RabbitMqTodoConsumer"/>) when the broker is
    /// RabbitMQ, unless <c>Messaging:Consumer</c> is <c>MassTransit</c> (the receive endpoint, kept for comparison);
    /// the embedded mode's in-memory transport always goes through the bus.
    /// </summary>
    public static bool ConsumesWithRabbitMqClient(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString("RabbitMQ"))
        && !string.Equals(configuration["Messaging:Consumer"], "MassTransit", StringComparison.OrdinalIgnoreCase);

    /// <summary>The worker process's own health endpoint and its drain on SIGTERM.</summary>
    public static IServiceCollection AddWorkerHost(this IServiceCollection services)
    {
        services.AddHostedService<WorkerHealthServer>();
        services.AddHostedService<DrainAnnouncer>();
        services.AddHostedService<IdleExit>();
        services.AddHostedService<QueueDepthPoller>();
        return services;
    }
}

/// <summary>Which queues this process consumes.</summary>
public sealed record WorkerQueueSelection(IReadOnlyList<string> Queues);
