using MassTransit;
using TodoFunctions.Core.Contracts;

namespace TodoFunctions.Core.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// Adds the MassTransit bus: RabbitMQ when <c>ConnectionStrings:RabbitMQ</c> (an amqp:// URI) is set,
    /// otherwise the in-memory transport. <paramref name="addConsumers"/> registers the consumers this
    /// process runs; the HTTP functions register none and only publish.
    /// </summary>
    public static IServiceCollection AddTodoMessaging(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        services.AddOptions<MessagingOptions>().BindConfiguration("Messaging");
        services.AddSingleton<CommandPublisher>();
        var rabbit = configuration.GetConnectionString("RabbitMQ");
        services.AddMassTransit(x =>
        {
            addConsumers?.Invoke(x);
            if (string.IsNullOrWhiteSpace(rabbit))
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                return;
            }
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(new Uri(rabbit), h => h.PublisherConfirmation = true);
                // Publishing also declares the worker queues, so a command accepted before any worker
                // has ever started waits in its queue instead of being dropped by an unbound exchange.
                cfg.Publish<TodoCommand>(p => p.BindQueue(QueueNames.TodoCommands, QueueNames.TodoCommands, QuorumQueue));
                cfg.ConfigureEndpoints(context);
            });
        });
        return services;
    }

    private static void QuorumQueue(IRabbitMqQueueBindingConfigurator queue) => queue.SetQuorumQueue();
}
