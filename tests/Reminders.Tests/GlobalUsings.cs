global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using Microsoft.EntityFrameworkCore;
global using TodoFunctions.Core.Contracts;
global using TodoFunctions.Core.Domain.Commands;
global using TodoFunctions.Core.Domain.Reminders;
global using TodoFunctions.Testing;
