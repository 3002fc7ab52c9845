using Microsoft.Extensions.DependencyInjection.Extensions;
using TodoFunctions.Core.Auth;
using TodoFunctions.Core.Chat;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Reliability;
using TodoFunctions.Core.Services;
using TodoFunctions.Core.Telemetry;

namespace TodoFunctions.Core;

public static class CoreExtensions
{
    /// <summary>Domain services, persistence and auth shared by every host.</summary>
    public static IServiceCollection AddCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddTodoTelemetry(configuration);
        services.AddOptions<AuthOptions>().BindConfiguration("Auth");
        services.AddSingleton<PasswordHasher>();
        services.AddSingleton<Roles>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<CommandCompletionSignal>();
        services.AddSingleton<Events.UserEventSignal>();
        services.AddSingleton<DatabaseAvailability>();
        services.AddSingleton<ConsumptionFrontier>();
        services.AddScoped<AccountService>();
        services.AddScoped<TodoQueries>();
        services.AddScoped<ConversationQueries>();
        services.AddScoped<CommandStatusReader>();
        services.AddScoped<TodoWriteUnit>();
        services.AddScoped<TodoCommandApplier>();
        services.AddOptions<Reminders.ReminderOptions>().BindConfiguration("Reminders");
        services.AddScoped<Reminders.ReminderDispatcher>();
        services.AddScoped<Reminders.ReminderQueries>();
        services.AddScoped<CommandAdmission>();
        services.AddOptions<LongPollOptions>().BindConfiguration("LongPoll");
        services.AddSingleton<LongPollLimiter>();
        services.AddChatAgent();
        services.AddTodoPersistence(configuration);
        return services;
    }
}
