using TodoFunctions.Core.Domain.Conversations;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Testing;

public sealed record TestTurn(string? Role, string? Text, List<Guid>? Listing);

public sealed record TestConversationRequest(List<TestTurn>? History);

/// <summary>Test support: a conversation for the caller with the given history, so an eval can state what the user saw.</summary>
public sealed class CreateTestConversation(IOptions<TestingOptions> testing, RequestGate gate, ConversationQueries conversations, HttpClock clock)
{
    [Function(nameof(CreateTestConversation))]
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
        return ApiResults.Created(new { conversationId = id });
    }
}
