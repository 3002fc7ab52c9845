namespace TodoFunctions.Testing;

/// <summary>
/// A RabbitMQ node of the test's own, whose application it may stop and start (the shared node serves
/// other tests meanwhile). Use as a class fixture.
/// </summary>
public sealed class OwnRabbitMq : Xunit.IAsyncLifetime
{
    private readonly string _directory = LocalApp.TempDirectory();
    private readonly string _script = Path.Combine(RepoPaths.Servers, "rabbitmq.sh");

    /// <summary>The URI of the node's first test vhost.</summary>
    public string Amqp { get; private set; } = "";

    public async ValueTask InitializeAsync() => Amqp = await Shell.RunAsync(_script, "start", _directory) + "test1";

    /// <summary>Stops the broker application: every connection drops, the queues stay on disk.</summary>
    public Task StopAppAsync() => Shell.RunAsync(_script, "ctl", _directory, "stop_app");

    public Task StartAppAsync() => Shell.RunAsync(_script, "ctl", _directory, "start_app");

    public async ValueTask DisposeAsync()
    {
        await Shell.RunAsync(_script, "stop", _directory);
        Directory.Delete(_directory, recursive: true);
    }
}
