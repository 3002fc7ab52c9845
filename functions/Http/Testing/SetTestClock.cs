namespace TodoFunctions.Http.Testing;

public sealed record ClockRequest([ApiField(Nullable = true, Description = "The time to fix; null resets to the real clock.")] DateTimeOffset? Now);

public sealed record TestClock(DateTimeOffset Now, bool Fixed);

/// <summary>Test support: <c>{"now": "2026-11-26T10:00:00+01:00"}</c> fixes the HTTP clock, null resets it.</summary>
public sealed class SetTestClock(IOptions<TestingOptions> testing, RequestGate gate, HttpClock clock)
{
    [Function(nameof(SetTestClock))]
    [ApiOperation("Testing", "Fix or reset the HTTP clock (test support)", TestSupport = true, Body = typeof(ClockRequest), Returns = typeof(TestClock))]
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
        return ApiResults.Ok(new TestClock(clock.GetUtcNow(), clock.Fixed is not null));
    }
}
