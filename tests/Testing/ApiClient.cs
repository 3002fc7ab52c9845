using System.Net.Http.Headers;

namespace TodoFunctions.Testing;

/// <summary>A thin client over the HTTP API as a browser or script would use it.</summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public Guid UserId { get; private set; }

    public async Task<ApiClient> SignUpAsync(string? email = null)
    {
        email ??= $"user-{Guid.NewGuid():N}@example.com";
        var response = await http.PostAsJsonAsync("/api/auth/register", new { email, password = "correct horse battery" });
        await EnsureAsync(response, HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        UserId = body.GetProperty("user").GetProperty("id").GetGuid();
        return this;
    }

    public async Task<JsonElement> AcceptAsync(HttpRequestMessage request)
    {
        var response = await http.SendAsync(request);
        await EnsureAsync(response, HttpStatusCode.Accepted);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<JsonElement> CreateAsync(object todo, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/todos") { Content = JsonContent.Create(todo) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return AcceptAsync(request);
    }

    /// <summary>Waits for the command's outcome through the long-poll and returns the status body.</summary>
    public async Task<JsonElement> WaitAsync(JsonElement accepted, int waitMs = 10_000)
    {
        var id = accepted.GetProperty("commandId").GetString();
        var response = await http.GetAsync($"/api/commands/{id}?waitMs={waitMs}");
        await EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<JsonElement> CreateAndWaitAsync(object todo) => CreateAndWaitAsync(todo, retryUnavailable: false);

    /// <param name="retryUnavailable">
    /// Retry a 503 (the queue did not confirm in time: a loaded machine, a broker still starting) with the same Idempotency-Key,
    /// as the response tells a client to. The key also fixes the new todo's id (derived from it), so callers that rely on ids in
    /// creation order (ties in a sorted listing) leave this off.
    /// </param>
    public async Task<JsonElement> CreateAndWaitAsync(object todo, bool retryUnavailable)
    {
        var key = retryUnavailable ? Guid.NewGuid().ToString("N") : null;
        JsonElement accepted;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                accepted = await CreateAsync(todo, key);
                break;
            }
            catch (HttpRequestException e) when (key is not null && attempt < 5 && e.Message.StartsWith("Expected 202 but got 503", StringComparison.Ordinal))
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }

        var status = await WaitAsync(accepted);
        // A worker still starting on a loaded machine: keep waiting, a minute in all.
        for (var retry = 0; retry < 5 && status.GetProperty("status").GetString() == "pending"; retry++)
        {
            status = await WaitAsync(accepted);
        }
        if (status.GetProperty("status").GetString() != "succeeded")
        {
            throw new InvalidOperationException("Create did not succeed: " + status);
        }
        return status.GetProperty("result");
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await http.GetAsync(path);
        await EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new HttpRequestException($"Expected {(int)expected} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public void Dispose() => http.Dispose();
}
