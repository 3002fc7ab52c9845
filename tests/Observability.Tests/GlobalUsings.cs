global using System.Diagnostics;
global using System.Text.Json;
global using Microsoft.AspNetCore.Hosting;
global using Microsoft.Extensions.DependencyInjection;
global using TodoFunctions.Testing;
global using System.Net.Http.Json;
