using TodoFunctions.Workers.Batching;
using TodoFunctions.Workers.Consumers;

namespace TodoFunctions.Workers;

public static class WorkersExtensions
{
    /// <summary>Adds the bus with the consumers of <paramref name="queues"/> and what they need.</summary>
    public static IServiceCollection AddWorkers(this IServiceCollection services, IConfiguration configuration, IReadOnlyCollection<string> queues)
    {
        if (queues.Contains(QueueNames.TodoCommands))
        {
            services.AddSingleton<TodoCommandBatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<TodoCommandBatcher>());
        }
        return services.AddTodoMessaging(configuration, x =>
        {
            if (queues.Contains(QueueNames.TodoCommands))
            {
                x.AddConsumer<TodoCommandConsumer, TodoCommandConsumerDefinition>();
            }
            if (queues.Contains(QueueNames.ChatCommands))
            {
                x.AddConsumer<ChatCommandConsumer, ChatCommandConsumerDefinition>();
            }
        });
    }
}
