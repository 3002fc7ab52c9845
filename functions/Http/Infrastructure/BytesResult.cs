namespace TodoFunctions.Http.Infrastructure;

/// <summary>
/// Writes a body as given (a page, a script, the OpenAPI document) without MVC's executors, which the
/// local host does not have; like <see cref="JsonActionResult"/>, it behaves the same on both hosts.
/// </summary>
public sealed class BytesResult(int statusCode, byte[] body, string contentType) : IActionResult
{
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>();

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = statusCode;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }
        if (statusCode == StatusCodes.Status304NotModified)
        {
            return;
        }
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.HttpContext.RequestAborted);
    }

    public BytesResult WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
