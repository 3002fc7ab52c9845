using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TodoFunctions.Bench;

/// <summary>The HTTP API as the load clients use it: one pooled HttpClient, a bearer token per request.</summary>
public sealed class Api : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient _http;

    public Api(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 4_096,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(40) };
    }

    /// <summary>Bearer tokens of the registered users.</summary>
    public List<string> Tokens { get; } = [];

    public string Token(int index) => Tokens[index % Tokens.Count];

    public async Task RegisterUsersAsync(int count, CancellationToken cancellationToken)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < count; i++)
        {
            var body = $"{{\"email\":\"bench-{run}-{i}@example.com\",\"password\":\"a long bench password\"}}";
            using var response = await _http.PostAsync("api/auth/register", Content(body), cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"register answered {(int)response.StatusCode}: {text}");
            }
            using var json = JsonDocument.Parse(text);
            Tokens.Add(json.RootElement.GetProperty("accessToken").GetString()!);
        }
    }

    public Task<Outcome> CreateAsync(string token, Guid todoId, long n, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "api/todos", token,
            $"{{\"id\":\"{todoId}\",\"title\":\"Bench todo {n}\",\"priority\":\"high\",\"tags\":[\"bench\"]}}", cancellationToken);

    public Task<Outcome> CompleteAsync(string token, Guid todoId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"api/todos/{todoId}/complete", token, null, cancellationToken);

    public Task<Outcome> CommandAsync(string token, string commandId, int waitMs, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"api/commands/{commandId}?waitMs={waitMs}", token, null, cancellationToken);

    public Task<Outcome> TodoAsync(string token, Guid todoId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"api/todos/{todoId}", token, null, cancellationToken);

    /// <summary>Never throws for HTTP-level failures: a transport error is status 0 with the exception's name.</summary>
    public async Task<Outcome> SendAsync(HttpMethod method, string path, string token, string? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = Content(body);
        }
        else if (method == HttpMethod.Post)
        {
            request.Content = new ByteArrayContent([]);
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return new Outcome((int)response.StatusCode, text, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new Outcome(0, e.Message, Stopwatch.GetElapsedTime(started).TotalMilliseconds, e.GetType().Name);
        }
    }

    public void Dispose() => _http.Dispose();

    private static StringContent Content(string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = Json;
        return content;
    }
}

/// <summary>One response: status (0 = transport error), body, latency in ms.</summary>
public readonly record struct Outcome(int Status, string Body, double Ms, string? Error)
{
    public string Key => Status == 0 ? $"error:{Error}" : Status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string? Property(string name)
    {
        try
        {
            using var json = JsonDocument.Parse(Body);
            return json.RootElement.TryGetProperty(name, out var value) ? value.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
