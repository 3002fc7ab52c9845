using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using TodoFunctions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddHttpFunctions(builder.Configuration).AddHttpMessaging(builder.Configuration);
builder.Build().Run();
