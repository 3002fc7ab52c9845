using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Chat;

/// <summary>
/// Queues one chat turn on <c>chat-commands</c>. An empty or odd message is still a turn: the assistant
/// answers it politely. Without <c>conversationId</c> a new conversation starts.
/// </summary>
public sealed class PostChat(RequestGate gate, CommandAdmission admission, HttpClock clock)
{
    private const string Operation = "chat.message";
    public const int MaxMessageLength = 2000;

    [Function(nameof(PostChat))]
    [ApiOperation("Chat", "Send a message to the assistant", Command = true, Body = typeof(ChatRequest), SuccessStatus = StatusCodes.Status202Accepted,
        Returns = typeof(ChatAccepted), Description = "Without conversationId a new conversation starts. The reply arrives as a message in the conversation.")]
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
        else if (chat.Message.Length > MaxMessageLength)
        {
            errors["message"] = [$"The message must be at most {MaxMessageLength} characters."];
        }
        else if (chat.Message.Contains('\0'))
        {
            errors["message"] = [TodoRules.NulMessage];
        }
        var timezone = string.IsNullOrWhiteSpace(chat.Timezone) ? "UTC" : chat.Timezone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timezone, out _))
        {
            errors["timezone"] = ["Use an IANA time zone such as Europe/Berlin."];
        }
        if (!IdempotencyKeys.TryGetCommandId(request, caller.UserId, Operation, out var commandId, out var fromKey))
        {
            errors[IdempotencyKeys.HeaderName] = [$"Use 1 to {IdempotencyKeys.MaxLength} printable characters."];
        }
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        var conversationId = chat.ConversationId ?? IdempotencyKeys.Derive(commandId, "conversation", "");

        var command = new ChatCommand
        {
            CommandId = commandId,
            UserId = caller.UserId,
            ConversationId = conversationId,
            Message = chat.Message!,
            TimeZone = timezone,
            IssuedAt = clock.GetUtcNow(),
            RequestHash = fromKey ? IdempotencyKeys.Fingerprint(Operation, chat.ConversationId, new { chat.Message, timezone }) : null,
        };
        var accepted = new ChatAccepted(commandId, conversationId, $"/api/commands/{commandId}");
        return await admission.AdmitAsync(command, fromKey, cancellationToken) switch
        {
            Admission.Accepted => ApiResults.Accepted(accepted, accepted.StatusUrl),
            Admission.NotFound => Problems.NotFound("No such conversation."),
            Admission.KeyReused => Problems.IdempotencyKeyReused(),
            _ => Problems.ServiceUnavailable("The queue did not confirm the message; retry with the same Idempotency-Key.", TimeSpan.FromSeconds(2)),
        };
    }
}
