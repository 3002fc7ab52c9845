using System.Collections.Concurrent;

namespace TodoFunctions.Bench;

/// <summary>Thread-safe tally of responses by status (or transport error) and a few sample bodies of failures.</summary>
public sealed class StatusCounts
{
    private readonly ConcurrentDictionary<string, long> _counts = new();
    private readonly ConcurrentQueue<string> _samples = new();

    public void Add(string key, string? failureBody = null)
    {
        _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (failureBody is not null && _samples.Count < 5)
        {
            _samples.Enqueue($"{key}: {Truncate(failureBody)}");
        }
    }

    public long Get(string key) => _counts.TryGetValue(key, out var n) ? n : 0;

    public long Total => _counts.Values.Sum();

    public IReadOnlyList<string> Samples => [.. _samples];

    public override string ToString() =>
        _counts.IsEmpty ? "none" : string.Join(", ", _counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}×{p.Value}"));

    private static string Truncate(string text) =>
        text.ReplaceLineEndings(" ") is var flat && flat.Length > 200 ? flat[..200] + "…" : text.ReplaceLineEndings(" ");
}
