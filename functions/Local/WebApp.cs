using Microsoft.Extensions.FileProviders;

namespace TodoFunctions.Local;

public static class WebApp
{
    /// <summary>
    /// Serves the static web build (<c>web/out</c>, or <c>Web:Root</c>) when it exists. Unknown /api paths
    /// answer a problem+json 404 instead of the web app.
    /// </summary>
    public static WebApplication UseWebApp(this WebApplication app, IConfiguration configuration)
    {
        app.MapFallback("/api/{**path}", () => Results.Problem(statusCode: 404, detail: "No such API route."));
        var root = configuration["Web:Root"] ?? FindWebOut(app.Environment.ContentRootPath);
        if (root is null || !Directory.Exists(root))
        {
            // Without Node.js the build skips web/out; the API still runs, and the page says how to get the app.
            app.Logger.LogWarning("The web app is not built (no web/out); serving the API only. Build it: cd web && npm ci && npm run build");
            app.MapGet("/", () => Results.Text(NotBuiltMessage, "text/plain; charset=utf-8"));
            return app;
        }
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
        return app;
    }

    private const string NotBuiltMessage =
        "The API is running at /api, but the web app is not built (web/out is missing).\n" +
        "Install Node.js 20.9 or newer, then either build again (dotnet run --project functions/Local builds it)\n" +
        "or run: cd web && npm ci && npm run build\n";

    private static string? FindWebOut(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "web", "out");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
