namespace TodoFunctions.Workers.Consumers;

public sealed class TodoCommandConsumerDefinition : ConsumerDefinition<TodoCommandConsumer>
{
    private readonly MessagingOptions _options;

    public TodoCommandConsumerDefinition(IOptions<MessagingOptions> options)
    {
        _options = options.Value;
        EndpointName = QueueNames.TodoCommands;
        ConcurrentMessageLimit = _options.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TodoCommandConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = _options.PrefetchCount;
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }
        // Transient faults (database restarts, serialization conflicts) are retried; after the last try
        // the message moves to todo-commands_error with the exception in its headers.
        endpointConfigurator.UseMessageRetry(r => r.Exponential(_options.RetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300)));
    }
}
