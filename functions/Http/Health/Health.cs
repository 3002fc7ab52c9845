namespace TodoFunctions.Http.Health;

public sealed record HealthStatus(string Status);

public sealed class Health
{
    [Function(nameof(Health))]
    [ApiOperation("Health", "Liveness: the process answers", Anonymous = true, NoDatabase = true, Returns = typeof(HealthStatus))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        ApiResults.Ok(new HealthStatus("alive"));
}
