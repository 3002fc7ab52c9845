using TodoFunctions.Core.Domain.Conversations;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Testing;

public sealed record TestTurn(
    [ApiField(Required = true, Values = ["user", "assistant"])] string? Role,
    [ApiField(Required = true)] string? Text,
    [ApiField(Nullable = true)] List<Guid>? Listing);

public sealed record TestConversationRequest([ApiField(Nullable = true)] List<TestTurn>? History);

public sealed record TestConversation(Guid ConversationId);

/// <summary>Test support: a conversation for the caller with the given history, so an eval can state what the user saw.</summary>
public sealed class CreateTestConversation(IOptions<TestingOptions> testing, RequestGate gate, ConversationQueries conversations, HttpClock clock)
{
    [Function(nameof(CreateTestConversation))]
    [ApiOperation("Testing", "Seed a conversation (test support)", TestSupport = true, Body = typeof(TestConversationRequest),
        SuccessStatus = StatusCodes.Status201Created, Returns = typeof(TestConversation))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "test/conversations")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!testing.Value.Enabled)
        {
            return Problems.NotFound("No such API route.");
        }
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var body = await JsonBody.ReadAsync<TestConversationRequest>(request, cancellationToken);
        if (body.Rejection is { } invalid)
        {
            return invalid;
        }
        var history = body.Value!.History ?? [];
        if (history.Any(t => t.Role is not (ConversationMessage.User or ConversationMessage.Assistant) || t.Text is null))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["history"] = ["Each turn needs role user|assistant and text."] });
        }
        var turns = history.Select(t => (t.Role!, t.Text!, (IReadOnlyList<Guid>?)t.Listing)).ToList();
        var id = await conversations.SeedAsync(caller.UserId, turns, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return ApiResults.Created(new TestConversation(id));
    }
}
