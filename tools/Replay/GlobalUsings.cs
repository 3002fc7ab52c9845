global using System.Diagnostics;
global using System.Globalization;
global using System.Text;
global using System.Text.Json;
global using System.Text.Json.Nodes;
global using Spectre.Console;
global using Spectre.Console.Cli;
global using TodoFunctions.Core.Contracts;
