global using System.Diagnostics;
global using System.Text.Json;
global using System.Text.Json.Nodes;
global using Npgsql;
global using TodoFunctions.Core.Contracts;
global using TodoFunctions.Core.Messaging;
global using TodoFunctions.Testing;
