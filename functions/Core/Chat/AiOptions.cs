namespace TodoFunctions.Core.Chat;

public sealed class AiOptions
{
    public const string Offline = "offline";
    public const string OpenAi = "openai";

    /// <summary>offline (the deterministic engine, no network) or openai (any OpenAI-compatible endpoint).</summary>
    public string Provider { get; set; } = Offline;
    /// <summary>Base URL, e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama), a vLLM server.</summary>
    public string? Endpoint { get; set; }
    public string Model { get; set; } = "gpt-4o-mini";
    /// <summary>From a secret (AI__ApiKey); local servers usually ignore it.</summary>
    public string? ApiKey { get; set; }
    /// <summary>A turn that takes longer is abandoned with a clear reply and no change.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Earlier messages given to the model with each turn.</summary>
    public int HistoryMessages { get; set; } = 20;
    /// <summary>
    /// What one request to the model may carry besides the instructions: the new message and as much recent
    /// history as fits (oldest dropped first). Bounds the cost of a turn whatever the conversation holds.
    /// </summary>
    public int MaxPromptCharacters { get; set; } = 24_000;
    /// <summary>The most the model may write in one response.</summary>
    public int MaxOutputTokens { get; set; } = 1_000;
    /// <summary>The most tasks one list_tasks call shows the model; it is told how many more matched.</summary>
    public int MaxListedTasks { get; set; } = 100;
}
