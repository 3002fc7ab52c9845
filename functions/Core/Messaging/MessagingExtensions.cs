using MassTransit;

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
        if (!string.IsNullOrWhiteSpace(rabbit))
        {
            services.AddSingleton<RabbitMqTopology>();
            services.AddHostedService(sp => sp.GetRequiredService<RabbitMqTopology>());
        }
        var viaMassTransit = string.IsNullOrWhiteSpace(rabbit)
            || string.Equals(configuration["Messaging:Publisher"], "MassTransit", StringComparison.OrdinalIgnoreCase);
        if (viaMassTransit)
        {
            services.AddSingleton<ICommandSender, MassTransitCommandSender>();
        }
        else
        {
            services.AddSingleton<ICommandSender, RabbitMqCommandSender>();
        }
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
                cfg.ConfigureEndpoints(context);
            });
        });
        return services;
    }
}
