global using MassTransit;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Hosting;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
global using TodoFunctions.Core.Contracts;
global using TodoFunctions.Core.Messaging;
