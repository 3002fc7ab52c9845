using Microsoft.Extensions.Hosting;
using TodoFunctions.Core;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Persistence;
using TodoFunctions.Http.Mcp;
using TodoFunctions.Http.OpenApi;
using TodoFunctions.Http.Operations;
using TodoFunctions.Http.Todos;

namespace TodoFunctions.Http;

public static class HttpFunctionsExtensions
{
    /// <summary>Everything the HTTP functions need, for the Functions host and the local host alike.</summary>
    public static IServiceCollection AddHttpFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCore(configuration).AddCommandCompletionListener(configuration);
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimit");
        services.AddSingleton<UserRateLimiter>();
        services.AddSingleton<AuthRateLimiter>();
        services.AddSingleton<RequestGate>();
        services.AddScoped<TodoCommandSubmitter>();
        services.AddOptions<TestingOptions>().BindConfiguration("Testing")
            .Validate<Microsoft.Extensions.Hosting.IHostEnvironment>((testing, environment) => !(testing.Enabled && environment.IsProduction()),
                "Testing:Enabled opens test-only routes (a settable clock); it is refused in the Production environment.")
            .ValidateOnStart();
        services.AddSingleton<HttpClock>();
        services.AddOptions<ApiReferenceOptions>().BindConfiguration("ApiReference");
        services.AddMcpEndpoint(configuration);
        services.AddOptions<OperationsOptions>().BindConfiguration("Operations");
        services.AddSingleton<DeploymentReplicas>();
        services.AddSingleton<OpsOverviewReader>();
        return services;
    }

    /// <summary>The Functions host publishes only; the local host adds consumers to the same bus itself.</summary>
    public static IServiceCollection AddHttpMessaging(this IServiceCollection services, IConfiguration configuration) =>
        services.AddTodoMessaging(configuration);
}
