namespace TodoFunctions.Chat.Tests;

/// <summary>Finds the dev case file: CHAT_EVAL_CASES, else a "shared/eval/chat-dev.jsonl" in any parent directory (the repo sits beside "shared" in CI).</summary>
internal static class CaseFileLocator
{
    public static string Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CHAT_EVAL_CASES");
        if (!string.IsNullOrWhiteSpace(fromEnv) && File.Exists(fromEnv))
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", "chat-dev.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/eval/chat-dev.jsonl not found above " + AppContext.BaseDirectory + "; set CHAT_EVAL_CASES");
    }
}
