using MassTransit;

namespace TodoFunctions.Core.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// Adds what publishes commands and, when this process needs one, the MassTransit bus: always for the
    /// in-memory transport (no <c>ConnectionStrings:RabbitMQ</c>), on RabbitMQ only when
    /// <paramref name="addConsumers"/> registers consumers on it or <c>Messaging:Publisher</c> is <c>MassTransit</c>.
    /// An HTTP-only host and a worker of the todo queue alone (RabbitMQ.Client both ways) run without one.
    /// </summary>
    public static IServiceCollection AddTodoMessaging(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        services.AddOptions<MessagingOptions>().BindConfiguration("Messaging");
        services.AddSingleton<CommandPublisher>();
        var rabbit = configuration.GetConnectionString("RabbitMQ");
        var inMemory = string.IsNullOrWhiteSpace(rabbit);
        if (!inMemory)
        {
            services.AddSingleton<RabbitMqTopology>();
            services.AddHostedService(sp => sp.GetRequiredService<RabbitMqTopology>());
        }
        var viaMassTransit = inMemory || string.Equals(configuration["Messaging:Publisher"], "MassTransit", StringComparison.OrdinalIgnoreCase);
        if (viaMassTransit)
        {
            services.AddSingleton<ICommandSender, MassTransitCommandSender>();
        }
        else
        {
            services.AddSingleton<RabbitMqCommandSender>();
            services.AddSingleton<ICommandSender>(sp => sp.GetRequiredService<RabbitMqCommandSender>());
        }
        if (!viaMassTransit && addConsumers is null)
        {
            services.AddSingleton<IBrokerHealth, PublisherBrokerHealth>();
            return services;
        }
        services.AddSingleton<IBrokerHealth, BusBrokerHealth>();
        services.AddMassTransit(x =>
        {
            addConsumers?.Invoke(x);
            if (inMemory)
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                return;
            }
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(new Uri(rabbit!), h => h.PublisherConfirmation = true);
                cfg.ConfigureEndpoints(context);
            });
        });
        return services;
    }
}
