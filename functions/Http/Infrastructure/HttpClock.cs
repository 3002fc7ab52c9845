namespace TodoFunctions.Http.Infrastructure;

/// <summary>
/// The clock the HTTP functions stamp commands with (<c>issuedAt</c>) and read "now" from. With
/// <c>Testing__Enabled=true</c>, <c>PUT /api/test/clock</c> can fix it so an eval plays at a chosen moment;
/// token lifetimes keep using the real clock.
/// </summary>
public sealed class HttpClock(TimeProvider system) : TimeProvider
{
    public DateTimeOffset? Fixed { get; set; }

    public override DateTimeOffset GetUtcNow() => Fixed?.ToUniversalTime() ?? system.GetUtcNow();
}
