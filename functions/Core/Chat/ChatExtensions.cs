using TodoFunctions.Chat;

namespace TodoFunctions.Core.Chat;

public static class ChatExtensions
{
    /// <summary>The chat agent: provider from <c>AI__Provider</c> (offline by default), turn handler, tools.</summary>
    public static IServiceCollection AddChatAgent(this IServiceCollection services)
    {
        services.AddOptions<AiOptions>().BindConfiguration("AI");
        services.AddSingleton<OfflineLanguageEngine>();
        services.AddSingleton<ChatClientFactory>();
        services.AddScoped<ChatTurnHandler>();
        return services;
    }
}
