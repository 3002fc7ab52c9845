global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using TodoFunctions.Core.Contracts;
global using TodoFunctions.Core.Domain.Commands;
global using TodoFunctions.Core.Persistence;
global using TodoFunctions.Core.Domain.Todos;
