using MassTransit;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Http.Health;

/// <summary>Ready when the database answers and the bus is connected; 503 otherwise.</summary>
public sealed class Ready(TodoDbContext db, IBusControl bus)
{
    [Function(nameof(Ready))]
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
        var body = new { status = database && broker ? "ready" : "not ready", database, broker };
        return new JsonActionResult(database && broker ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, body);
    }
}
