global using System.Diagnostics;
global using Microsoft.EntityFrameworkCore;
global using TodoFunctions.Autoscale.Chart;
global using TodoFunctions.Autoscale.Scaling;
global using TodoFunctions.Core.Contracts;
global using TodoFunctions.Core.Domain.Commands;
global using TodoFunctions.Testing;
