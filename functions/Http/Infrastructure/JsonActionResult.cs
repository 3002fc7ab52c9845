namespace TodoFunctions.Http.Infrastructure;

/// <summary>
/// Writes JSON itself instead of going through MVC formatters, so the result behaves the same on the
/// Functions host and on the local host, which has no MVC pipeline.
/// </summary>
public sealed class JsonActionResult(int statusCode, object? value, string contentType = "application/json") : IActionResult
{
    public int StatusCode { get; } = statusCode;
    public object? Value { get; } = value;
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>();

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode;
        foreach (var (name, header) in Headers)
        {
            response.Headers[name] = header;
        }
        if (Value is null)
        {
            return;
        }
        await response.WriteAsJsonAsync(Value, Value.GetType(), ApiJson.Options, contentType, context.HttpContext.RequestAborted);
    }

    public JsonActionResult WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
