global using System.Diagnostics;
global using Microsoft.EntityFrameworkCore;
global using TodoFunctions.Core.Contracts;
global using TodoFunctions.Core.Domain.Commands;
global using TodoFunctions.Testing;
