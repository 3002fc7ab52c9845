namespace TodoFunctions.Http.Health;

public sealed class Health
{
    [Function(nameof(Health))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        ApiResults.Ok(new { status = "alive" });
}
