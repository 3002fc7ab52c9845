using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TodoFunctions.Local;

namespace TodoFunctions.Http.Tests;

/// <summary>The local host must route exactly like the Functions host, which reads functions.metadata.</summary>
public sealed class RouteTableTests(EmbeddedAppFixture fixture) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public void TheLocalRouteTableEqualsTheGeneratedFunctionMetadata()
    {
        var metadataPath = RepoPaths.ProjectOutput("Http", "functions.metadata");
        Assert.True(File.Exists(metadataPath), $"Build functions/Http first: {metadataPath} is missing.");
        var generated = JsonDocument.Parse(File.ReadAllText(metadataPath)).RootElement.EnumerateArray()
            .Select(f => (f, trigger: f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger")))
            .Select(x => Describe(x.f.GetProperty("name").GetString()!, x.trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!), "api/" + x.trigger.GetProperty("route").GetString()))
            .Order().ToList();

        var local = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .Select(e => Describe(e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods, e.RoutePattern.RawText!))
            .Order().ToList();

        Assert.True(generated.Count >= 13, string.Join("\n", generated));
        Assert.Equal(generated, local);
        Assert.Equal(generated.Count, FunctionRoute.Discover(typeof(TodoFunctions.Http.HttpFunctionsExtensions).Assembly).Count);
    }

    private static string Describe(string name, IEnumerable<string> methods, string route) =>
        $"{name} {string.Join(',', methods.Select(m => m.ToUpperInvariant()).Order())} {route}";
}
