namespace TodoFunctions.Http.Testing;

public sealed record ClockRequest(DateTimeOffset? Now);

/// <summary>Test support: <c>{"now": "2026-11-26T10:00:00+01:00"}</c> fixes the HTTP clock, null resets it.</summary>
public sealed class SetTestClock(IOptions<TestingOptions> testing, RequestGate gate, HttpClock clock)
{
    [Function(nameof(SetTestClock))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "test/clock")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!testing.Value.Enabled)
        {
            return Problems.NotFound("No such API route.");
        }
        if ((await gate.AuthorizeAsync(request)).Rejection is { } rejection)
        {
            return rejection;
        }
        var body = await JsonBody.ReadAsync<ClockRequest>(request, cancellationToken);
        if (body.Rejection is { } invalid)
        {
            return invalid;
        }
        clock.Fixed = body.Value!.Now;
        return ApiResults.Ok(new { now = clock.GetUtcNow(), @fixed = clock.Fixed is not null });
    }
}
