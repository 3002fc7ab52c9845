using System.Globalization;
using TodoFunctions.Core.Events;

namespace TodoFunctions.Http.Events;

/// <summary>
/// <c>GET /api/events</c>: the caller's live updates as Server-Sent Events (ASP.NET Core's
/// <c>TypedResults.ServerSentEvents</c>). <c>Last-Event-ID</c> (or <c>?lastEventId=</c>) replays what came
/// after it. At most <c>Events:MaxStreamsPerUser</c> streams per user per process; beyond, 429.
/// </summary>
public sealed class GetEvents(RequestGate gate, UserEventStream stream, EventStreamLimiter limiter)
{
    public const string LastEventIdHeader = "Last-Event-ID";

    [Function(nameof(GetEvents))]
    [ApiOperation("Events", "Live updates (Server-Sent Events)", TextContent = "text/event-stream",
        Description = "The caller's todo changes, command outcomes and heartbeats as they happen. Reconnect with Last-Event-ID to get what was missed, or a resync event when it is older than the kept log.",
        Problems = [StatusCodes.Status400BadRequest])]
    [ApiQuery("lastEventId", "The last event id received, for clients that cannot send the Last-Event-ID header.", Integer = true, Minimum = 0)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "events")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var lastText = request.Headers[LastEventIdHeader].ToString() is { Length: > 0 } header ? header : request.Query["lastEventId"].ToString();
        long? lastEventId = null;
        if (lastText.Length > 0)
        {
            if (!long.TryParse(lastText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Problems.Validation(new Dictionary<string, string[]> { [LastEventIdHeader] = ["Use an event id this stream sent."] });
            }
            lastEventId = parsed;
        }
        var lease = limiter.TryEnter(caller.UserId);
        if (lease is null)
        {
            return Problems.TooManyRequests(TimeSpan.FromSeconds(5));
        }
        return new EventStreamResult(TypedResults.ServerSentEvents(stream.ReadAsync(caller.UserId, lastEventId, cancellationToken)), lease);
    }

    /// <summary>Runs the SSE result in either host and returns the stream's lease when the client goes.</summary>
    private sealed class EventStreamResult(IResult events, IDisposable lease) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            using (lease)
            {
                // NGINX and similar proxies must pass each event on at once.
                context.HttpContext.Response.Headers["X-Accel-Buffering"] = "no";
                try
                {
                    await events.ExecuteAsync(context.HttpContext);
                }
                catch (OperationCanceledException) when (context.HttpContext.RequestAborted.IsCancellationRequested)
                {
                    // The client closed the stream: the normal end of an event stream.
                }
            }
        }
    }
}
