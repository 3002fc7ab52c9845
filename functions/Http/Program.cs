using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using TodoFunctions.Core.Telemetry;
using TodoFunctions.Http.Infrastructure;

namespace TodoFunctions.Http;

// Not top-level statements: the local host's global Program must stay the only one tests see.
internal static class Program
{
    private static void Main(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<UnhandledErrorMiddleware>();
        builder.Services.AddHttpFunctions(builder.Configuration).AddHttpMessaging(builder.Configuration).AddMetricsPort(builder.Configuration);
        builder.Build().Run();
    }
}
