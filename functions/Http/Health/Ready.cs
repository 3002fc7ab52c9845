using MassTransit;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Http.Health;

public sealed record ReadyStatus(string Status, bool Database, bool Broker);

/// <summary>Ready when the database answers and the bus is connected; 503 otherwise.</summary>
public sealed class Ready(TodoDbContext db, IBusControl bus)
{
    [Function(nameof(Ready))]
    [ApiOperation("Health", "Readiness: database and broker reachable", Anonymous = true, NoDatabase = true, Returns = typeof(ReadyStatus),
        AlsoStatuses = [StatusCodes.Status503ServiceUnavailable])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ready")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        bool database;
        try
        {
            database = await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception)
        {
            database = false;
        }
        var broker = bus.CheckHealth().Status == BusHealthStatus.Healthy;
        var body = new ReadyStatus(database && broker ? "ready" : "not ready", database, broker);
        return new JsonActionResult(database && broker ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, body);
    }
}
