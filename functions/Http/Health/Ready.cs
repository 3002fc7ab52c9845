using TodoFunctions.Core.Persistence;
using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Http.Health;

public sealed record ReadyStatus(string Status, bool Database, bool Broker);

/// <summary>Ready when the database answers and the broker link works (<see cref="IBrokerHealth"/>); 503 otherwise.</summary>
public sealed class Ready(DatabaseReadiness database, IBrokerHealth brokerHealth)
{
    [Function(nameof(Ready))]
    [ApiOperation("Health", "Readiness: database and broker reachable", Anonymous = true, NoDatabase = true, Returns = typeof(ReadyStatus),
        AlsoStatuses = [StatusCodes.Status503ServiceUnavailable])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ready")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var databaseReady = await database.CanConnectAsync(cancellationToken);
        var broker = (await brokerHealth.CheckAsync(cancellationToken)).Healthy;
        var body = new ReadyStatus(databaseReady && broker ? "ready" : "not ready", databaseReady, broker);
        return new JsonActionResult(databaseReady && broker ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, body);
    }
}
