namespace TodoFunctions.Workers.Consumers;

public sealed class ChatCommandConsumerDefinition : ConsumerDefinition<ChatCommandConsumer>
{
    private readonly MessagingOptions _options;

    public ChatCommandConsumerDefinition(IOptions<MessagingOptions> options)
    {
        _options = options.Value;
        EndpointName = QueueNames.ChatCommands;
        // A turn may wait on a remote model; a few at once keep one slow provider from idling the worker.
        ConcurrentMessageLimit = _options.ChatConcurrency;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ChatCommandConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = _options.ChatConcurrency * 2;
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }
        endpointConfigurator.UseMessageRetry(r => r.Exponential(_options.RetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300)));
    }
}
