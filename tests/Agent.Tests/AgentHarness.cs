namespace TodoFunctions.Agent.Tests;

/// <summary>A scripted model, the app configured to use it (<c>AI:Provider=openai</c>) and a signed-in user.</summary>
public sealed class AgentHarness : IAsyncDisposable
{
    private AgentHarness(ScriptedOpenAiServer model, LocalApp app, ApiClient api) => (Model, App, Api) = (model, app, api);

    public ScriptedOpenAiServer Model { get; }
    public LocalApp App { get; }
    public ApiClient Api { get; }

    public static async Task<AgentHarness> StartAsync(params ScriptStep[] script) => await StartAsync(null, script);

    /// <param name="configure">More settings (e.g. <c>AI:Timeout</c>) after the provider's.</param>
    public static async Task<AgentHarness> StartAsync(Action<Dictionary<string, string?>>? configure, params ScriptStep[] script)
    {
        var model = await ScriptedOpenAiServer.StartAsync(script);
        LocalApp? app = null;
        try
        {
            app = await LocalApp.EmbeddedAsync(settings =>
            {
                settings["AI:Provider"] = "openai";
                settings["AI:Endpoint"] = model.Endpoint;
                settings["AI:Model"] = "test-model";
                settings["AI:ApiKey"] = "test-key";
                configure?.Invoke(settings);
            });
            return new AgentHarness(model, app, await app.Api().SignUpAsync());
        }
        catch
        {
            if (app is not null) await app.DisposeAsync();
            await model.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends one chat turn and waits for its outcome (the command status body).</summary>
    /// <remarks>Gives up after <paramref name="maxWaitSeconds"/> and returns the last (pending) status.</remarks>
    public async Task<JsonElement> ChatAsync(string message, Guid? conversationId = null, string timezone = "Europe/Berlin", int maxWaitSeconds = 90)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { conversationId, message, timezone }) };
        var accepted = await Api.AcceptAsync(request);
        var deadline = DateTime.UtcNow.AddSeconds(maxWaitSeconds);
        while (true)
        {
            var status = await Api.WaitAsync(accepted, Math.Min(30_000, maxWaitSeconds * 1000));
            if (status.GetProperty("status").GetString() != "pending" || DateTime.UtcNow > deadline)
            {
                return status;
            }
        }
    }

    public async Task<Guid> CreateTodoAsync(string title, params string[] tags) =>
        (await Api.CreateAndWaitAsync(new { title, tags })).GetProperty("id").GetGuid();

    public async Task<IReadOnlyList<JsonElement>> TodosAsync() =>
        [.. (await Api.GetJsonAsync("/api/todos?status=all")).GetProperty("items").EnumerateArray()];

    public async Task<IReadOnlyList<JsonElement>> MessagesAsync(Guid conversationId) =>
        [.. (await Api.GetJsonAsync($"/api/conversations/{conversationId}/messages")).GetProperty("items").EnumerateArray()];

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await App.DisposeAsync();
        await Model.DisposeAsync();
    }
}
