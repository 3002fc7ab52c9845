using System.Reflection;
using Scalar.AspNetCore;

namespace TodoFunctions.Http.OpenApi;

/// <summary>
/// <c>GET /api/docs</c>: the interactive reference (Scalar) over <c>/api/openapi.json</c>, with "try it" against
/// this host and a field for the bearer token. Its script is the bundle embedded in Scalar.AspNetCore, served
/// from here: no CDN, works offline. An HTTP function rather than Scalar's endpoint mapping, so the Functions
/// host (which maps no endpoints of its own) and the local host serve the same page.
/// </summary>
public sealed class GetApiReference(IOptions<ApiReferenceOptions> options)
{
    private const string ScriptName = "scalar.js";
    private static readonly Lazy<byte[]?> Script = new(LoadScript);

    [Function(nameof(GetApiReference))]
    [ApiOperation("Contract", "The interactive API reference (HTML page)", Anonymous = true, NoDatabase = true, TextContent = "text/html", Problems = [StatusCodes.Status404NotFound],
        Description = "Served where ApiReference:Enabled is on (the local host; a chart value), else 404.")]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "docs")] HttpRequest request) =>
        options.Value.Enabled
            ? new BytesResult(StatusCodes.Status200OK, System.Text.Encoding.UTF8.GetBytes(Page((request.Path.Value ?? "/api/docs").TrimEnd('/'))), "text/html; charset=utf-8")
            : Disabled();

    [Function("GetApiReferenceAsset")]
    [ApiOperation("Contract", "A script of the API reference page", Anonymous = true, NoDatabase = true, TextContent = "text/javascript", Problems = [StatusCodes.Status404NotFound])]
    public IActionResult Asset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "docs/{asset}")] HttpRequest request, string asset) =>
        !options.Value.Enabled ? Disabled()
        : asset == ScriptName && Script.Value is { } script ? new BytesResult(StatusCodes.Status200OK, script, "text/javascript; charset=utf-8").WithHeader("Cache-Control", "public, max-age=3600")
        : Problems.NotFound("No such asset.");

    private static JsonActionResult Disabled() => Problems.NotFound("The API reference is not enabled on this host (ApiReference:Enabled).");

    private static string Page(string docsRoot)
    {
        var documentUrl = docsRoot[..docsRoot.LastIndexOf('/')] + "/openapi.json";
        var configuration = JsonSerializer.Serialize(new
        {
            url = documentUrl,
            hideClientButton = false,
            persistAuth = true,
            authentication = new { preferredSecurityScheme = ApiDocument.BearerScheme },
            withDefaultFonts = false,
        });
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8" />
              <meta name="viewport" content="width=device-width, initial-scale=1" />
              <title>Todo Functions API reference</title>
            </head>
            <body>
              <div id="app"></div>
              <script src="{{docsRoot}}/{{ScriptName}}"></script>
              <script>Scalar.createApiReference('#app', {{configuration}});</script>
            </body>
            </html>
            """;
    }

    /// <summary>The standalone bundle Scalar.AspNetCore embeds (uncompressed variant when present).</summary>
    private static byte[]? LoadScript()
    {
        var assembly = typeof(ScalarOptions).Assembly;
        var name = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith("." + ScriptName, StringComparison.Ordinal) && !n.EndsWith("aspnetcore.js", StringComparison.Ordinal))
            .OrderByDescending(n => n.Contains("Uncompressed", StringComparison.Ordinal))
            .FirstOrDefault();
        if (name is null)
        {
            return null;
        }
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        // The package stores the bundle gzipped; served plain, so no client depends on Content-Encoding.
        if (bytes is [0x1f, 0x8b, ..])
        {
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            bytes = plain.ToArray();
        }
        return bytes;
    }
}
