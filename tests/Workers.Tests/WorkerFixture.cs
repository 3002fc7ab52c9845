namespace TodoFunctions.Workers.Tests;

/// <summary>
/// A migrated PostgreSQL database, a RabbitMQ vhost and a publishing bus in the test process. The
/// worker itself runs as a separate process started by each test.
/// </summary>
public sealed class WorkerFixture : IAsyncLifetime
{
    private Backbone _backbone = null!;

    public Dictionary<string, string> Environment => _backbone.Environment;

    public string Amqp => _backbone.Amqp;
    public Guid UserId => _backbone.UserId;

    public async ValueTask InitializeAsync() => _backbone = await Backbone.StartAsync();

    public Core.Persistence.TodoDbContext Db() => _backbone.Db();

    public Task PublishAsync(IEnumerable<TodoCommand> commands) => _backbone.PublishAsync(commands);

    public Task SettleAsync(WorkerProcess worker) => _backbone.SettleAsync(worker);

    public TodoCommand Command(TodoCommandKind kind, Guid todoId, TodoFields? fields = null, Guid? userId = null) =>
        _backbone.Command(kind, todoId, fields, userId);

    public static async Task EventuallyAsync(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        try
        {
            await Backbone.EventuallyAsync(done, timeout, what);
        }
        catch (TimeoutException ex)
        {
            Assert.Fail(ex.Message);
        }
    }

    public ValueTask DisposeAsync() => _backbone.DisposeAsync();
}
