using System.Text.Json.Nodes;

namespace TodoFunctions.Local;

/// <summary>Reads the route prefix from the same host.json the Functions host uses.</summary>
public static class HostSettings
{
    public static string RoutePrefix(string contentRoot)
    {
        foreach (var path in new[] { Path.Combine(AppContext.BaseDirectory, "host.json"), Path.Combine(contentRoot, "host.json") })
        {
            if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path))?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>() is { } prefix)
            {
                return prefix;
            }
        }
        return "api";
    }
}
