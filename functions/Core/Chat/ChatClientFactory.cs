using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;
using TodoFunctions.Chat;

namespace TodoFunctions.Core.Chat;

/// <summary>Builds the turn's client from configuration: the offline engine or an OpenAI-compatible endpoint.</summary>
public sealed class ChatClientFactory(IOptions<AiOptions> options, OfflineLanguageEngine engine, ILoggerFactory loggers)
{
    public bool IsOffline => !string.Equals(options.Value.Provider, AiOptions.OpenAi, StringComparison.OrdinalIgnoreCase);

    public IChatClient Create(TurnWorkspace workspace)
    {
        var inner = IsOffline ? new OfflineChatClient(engine, workspace) : CreateOpenAi(options.Value);
        return new ChatClientBuilder(inner)
            .UseFunctionInvocation(loggers, f => f.MaximumIterationsPerRequest = 8)
            .Build();
    }

    private static IChatClient CreateOpenAi(AiOptions ai)
    {
        // The turn's own deadline (ChatTurnHandler) is the one that ends a slow call: a network timeout equal to it raced
        // it, and when it won the SDK retried the request and the user was told the model "could not be reached".
        var settings = new OpenAIClientOptions { NetworkTimeout = ai.Timeout + TimeSpan.FromSeconds(10) };
        if (!string.IsNullOrWhiteSpace(ai.Endpoint))
        {
            settings.Endpoint = new Uri(ai.Endpoint);
        }
        // Local servers (Ollama, vLLM) ignore the key, but the client requires one.
        var key = new ApiKeyCredential(string.IsNullOrWhiteSpace(ai.ApiKey) ? "unused" : ai.ApiKey);
        return new OpenAI.Chat.ChatClient(ai.Model, key, settings).AsIChatClient();
    }
}
