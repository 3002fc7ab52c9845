using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Chat;

/// <summary>
/// Queues one chat turn on <c>chat-commands</c>. An empty or odd message is still a turn: the assistant
/// answers it politely. Without <c>conversationId</c> a new conversation starts.
/// </summary>
public sealed class PostChat(RequestGate gate, ConversationQueries conversations, CommandPublisher publisher, HttpClock clock)
{
    [Function(nameof(PostChat))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "chat")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var body = await JsonBody.ReadAsync<ChatRequest>(request, cancellationToken);
        if (body.Rejection is { } invalid)
        {
            return invalid;
        }
        var chat = body.Value!;
        var errors = new Dictionary<string, string[]>();
        if (chat.Message is null)
        {
            errors["message"] = ["The message is required."];
        }
        var timezone = string.IsNullOrWhiteSpace(chat.Timezone) ? "UTC" : chat.Timezone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timezone, out _))
        {
            errors["timezone"] = ["Use an IANA time zone such as Europe/Berlin."];
        }
        if (!IdempotencyKeys.TryGetCommandId(request, caller.UserId, out var commandId, out _))
        {
            errors[IdempotencyKeys.HeaderName] = [$"Use 1 to {IdempotencyKeys.MaxLength} printable characters."];
        }
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        var conversationId = chat.ConversationId ?? IdempotencyKeys.Derive(commandId, "conversation", "");
        if (await conversations.OwnerAsync(conversationId, cancellationToken) is { } owner && owner != caller.UserId)
        {
            return Problems.NotFound("No such conversation.");
        }

        var command = new ChatCommand
        {
            CommandId = commandId,
            UserId = caller.UserId,
            ConversationId = conversationId,
            Message = chat.Message!,
            TimeZone = timezone,
            IssuedAt = clock.GetUtcNow(),
        };
        if (!await publisher.TryPublishAsync(command, cancellationToken))
        {
            return Problems.ServiceUnavailable("The queue did not confirm the message; retry with the same Idempotency-Key.", TimeSpan.FromSeconds(2));
        }
        var accepted = new ChatAccepted(commandId, conversationId, $"/api/commands/{commandId}");
        return ApiResults.Accepted(accepted, accepted.StatusUrl);
    }
}
