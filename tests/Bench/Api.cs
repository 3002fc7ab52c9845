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

    public Uri BaseAddress => _http.BaseAddress!;

    /// <summary>Registers <paramref name="count"/> users through <paramref name="registerPath"/> and keeps their tokens.</summary>
    public async Task RegisterUsersAsync(int count, string registerPath, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            Tokens.Add(await RegisterAsync(registerPath, cancellationToken));
        }
    }

    /// <summary>A fresh user (a new e-mail address per call); returns its bearer token.</summary>
    public async Task<string> RegisterAsync(string registerPath, CancellationToken cancellationToken)
    {
        var email = $"bench-{Guid.NewGuid():N}@example.com";
        var body = $"{{\"email\":\"{email}\",\"password\":\"a long bench password\"}}";
        using var response = await _http.PostAsync(registerPath, Content(body), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"POST {new Uri(BaseAddress, registerPath)} answered {(int)response.StatusCode}: {text}");
        }
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>
    /// Makes sure the user behind <paramref name="token"/> has at least <paramref name="items"/> todos visible in
    /// GET /api/todos: creates the missing ones and polls until the worker has applied them.
    /// </summary>
    public async Task EnsureTodosAsync(string token, int items, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var total = await TotalTodosAsync(token, cancellationToken);
        for (var n = total; n < items; n++)
        {
            var created = await CreateAsync(token, Guid.CreateVersion7(), n, cancellationToken);
            if (created.Status != 202)
            {
                throw new InvalidOperationException($"creating the list user's todos: {created.Key} {created.Body}");
            }
        }
        var deadline = DateTime.UtcNow + timeout;
        while ((total = await TotalTodosAsync(token, cancellationToken)) < items)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{BaseAddress}: the list user has {total} of {items} todos after {timeout.TotalSeconds:F0} s.");
            }
            await Task.Delay(200, cancellationToken);
        }
    }

    private async Task<int> TotalTodosAsync(string token, CancellationToken cancellationToken)
    {
        var list = await SendAsync(HttpMethod.Get, "api/todos?limit=1&status=all", token, null, cancellationToken);
        return list.Status == 200 && int.TryParse(list.Property("total"), out var total)
            ? total
            : throw new InvalidOperationException($"GET {BaseAddress}api/todos answered {list.Key}: {list.Body}");
    }

    public Task<Outcome> CreateAsync(string token, Guid todoId, long n, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "api/todos", token,
            $"{{\"id\":\"{todoId}\",\"title\":\"Bench todo {n}\",\"priority\":\"high\",\"tags\":[\"bench\"]}}", cancellationToken);

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
