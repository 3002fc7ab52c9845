using TodoFunctions.Chat;

namespace TodoFunctions.Core.Chat;

public static class ChatExtensions
{
    /// <summary>The chat agent: provider from <c>AI__Provider</c> (offline by default), turn handler, tools.</summary>
    public static IServiceCollection AddChatAgent(this IServiceCollection services)
    {
        services.AddOptions<AiOptions>().BindConfiguration("AI")
            .Validate(o => string.Equals(o.Provider, AiOptions.Offline, StringComparison.OrdinalIgnoreCase)
                           || string.Equals(o.Provider, AiOptions.OpenAi, StringComparison.OrdinalIgnoreCase),
                $"AI:Provider must be '{AiOptions.Offline}' or '{AiOptions.OpenAi}'.")
            .ValidateOnStart();
        services.AddSingleton<OfflineLanguageEngine>();
        services.AddSingleton<ChatClientFactory>();
        services.AddScoped<ChatTurnHandler>();
        return services;
    }
}
