using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Commands;

/// <summary><c>?waitMs=N</c> (up to 30 s) holds the request until the worker commits the command.</summary>
public sealed class GetCommand(RequestGate gate, CommandStatusReader commands, LongPollLimiter longPolls)
{
    public const int MaxWaitMs = 30_000;

    [Function(nameof(GetCommand))]
    [ApiOperation("Commands", "A command's outcome", Returns = typeof(CommandView),
        Description = "status is pending until a worker applies the command, then succeeded (with the todo as result) or failed (with error).")]
    [ApiQuery("waitMs", "Hold the request up to this many milliseconds until the command is applied (long poll).", Integer = true, Minimum = 0, Maximum = MaxWaitMs, Example = "5000")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "commands/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        if (!Guid.TryParse(id, out var commandId))
        {
            return Problems.NotFound("No such command.");
        }
        var waitText = request.Query["waitMs"].ToString();
        var waitMs = 0;
        if (waitText.Length > 0 && (!int.TryParse(waitText, out waitMs) || waitMs < 0 || waitMs > MaxWaitMs))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["waitMs"] = [$"Use 0 to {MaxWaitMs}."] });
        }
        using var lease = waitMs > 0 ? longPolls.TryEnter(caller.UserId) : null;
        if (waitMs > 0 && lease is null)
        {
            return Problems.TooManyRequests(TimeSpan.FromSeconds(1));
        }
        var status = await commands.GetAsync(caller.UserId, commandId, TimeSpan.FromMilliseconds(waitMs), cancellationToken);
        return status is null ? Problems.NotFound("No such command.") : ApiResults.Ok(status);
    }
}
