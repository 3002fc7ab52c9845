namespace TodoFunctions.Chat.State;

/// <summary>
/// What the engine remembers between turns, carried by the host on the assistant message.
/// Format: "v1" then ";"-separated fields: "touched=id,id" (tasks acted on this turn, for corrections and "it"),
/// "confirm=delete:id,id" (a mass delete waiting for yes/no), "redo=base64" (a request that asked "which one?",
/// with U+0001 where the answer goes). Ids are Guid "D" format. Unknown fields are ignored.
/// </summary>
public sealed record EngineState(IReadOnlyList<Guid> Touched, IReadOnlyList<Guid> PendingDelete, string? Redo = null)
{
    public const char AnswerSlot = '\u0001';

    public static readonly EngineState Empty = new([], []);

    public string? Serialize()
    {
        if (Touched.Count == 0 && PendingDelete.Count == 0 && Redo is null)
        {
            return null;
        }

        var parts = new List<string> { "v1" };
        if (Touched.Count > 0)
        {
            parts.Add("touched=" + string.Join(',', Touched));
        }

        if (PendingDelete.Count > 0)
        {
            parts.Add("confirm=delete:" + string.Join(',', PendingDelete));
        }

        if (Redo is not null)
        {
            parts.Add("redo=" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Redo)));
        }

        return string.Join(';', parts);
    }

    public static EngineState Parse(string? state)
    {
        if (string.IsNullOrWhiteSpace(state) || !state.StartsWith("v1", StringComparison.Ordinal))
        {
            return Empty;
        }

        var touched = new List<Guid>();
        var pending = new List<Guid>();
        string? redo = null;
        foreach (var part in state.Split(';'))
        {
            if (part.StartsWith("touched=", StringComparison.Ordinal))
            {
                touched.AddRange(ParseIds(part["touched=".Length..]));
            }
            else if (part.StartsWith("confirm=delete:", StringComparison.Ordinal))
            {
                pending.AddRange(ParseIds(part["confirm=delete:".Length..]));
            }
            else if (part.StartsWith("redo=", StringComparison.Ordinal))
            {
                try
                {
                    redo = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(part["redo=".Length..]));
                }
                catch (FormatException)
                {
                    redo = null;
                }
            }
        }

        return new EngineState(touched, pending, redo is not null && redo.Contains(AnswerSlot) ? redo : null);
    }

    private static IEnumerable<Guid> ParseIds(string list)
    {
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Guid.TryParse(item, out var id))
            {
                yield return id;
            }
        }
    }
}
