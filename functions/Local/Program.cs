using TodoFunctions.Core.Persistence;
using TodoFunctions.Core.Telemetry;
using TodoFunctions.Http;
using TodoFunctions.Local;
using TodoFunctions.Workers;

// The embedded host: every HTTP function and every worker in one process. No configuration means
// SQLite + the in-memory transport; ConnectionStrings__Todo / __RabbitMQ switch to PostgreSQL / RabbitMQ.
// A development host unless told otherwise (ASPNETCORE_ENVIRONMENT / DOTNET_ENVIRONMENT).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Development,
});
builder.AddLocalDefaults();
builder.Logging.AddTodoConsoleFormat(builder.Configuration);
builder.Services.AddHttpFunctions(builder.Configuration);
// Reminders fire by the HTTP clock, so a test that fixes it (PUT /api/test/clock) fires them too.
builder.Services.AddKeyedSingleton<TimeProvider>(TodoFunctions.Workers.Reminders.ReminderFunction.ClockKey,
    (provider, _) => provider.GetRequiredService<TodoFunctions.Http.Infrastructure.HttpClock>());
builder.Services.AddWorkers(builder.Configuration, WorkerQueues.From(builder.Configuration));

var app = builder.Build();
await app.Services.PrepareDatabaseAsync();
app.UseProblemDetailsForErrors();
app.MapHttpFunctions(typeof(HttpFunctionsExtensions).Assembly, HostSettings.RoutePrefix(app.Environment.ContentRootPath));
app.MapMcpAlias();
app.MapTodoMetrics();
app.UseWebApp(builder.Configuration);
app.Run();

public partial class Program;
