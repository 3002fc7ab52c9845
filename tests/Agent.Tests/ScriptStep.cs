namespace TodoFunctions.Agent.Tests;

/// <summary>One tool call the scripted model asks for; <see cref="Arguments"/> is sent as-is (a JSON string).</summary>
public sealed record ScriptedCall(string Id, string Name, string Arguments)
{
    public static ScriptedCall Of(string id, string name, object arguments) =>
        new(id, name, arguments as string ?? JsonSerializer.Serialize(arguments));
}

/// <summary>What the scripted model does with one request to /v1/chat/completions.</summary>
public abstract record ScriptStep
{
    /// <summary>Answers with tool calls (finish_reason "tool_calls").</summary>
    public static ScriptStep Calls(params ScriptedCall[] calls) => new CallsStep(calls);

    public static ScriptStep Call(string id, string name, object arguments) => Calls(ScriptedCall.Of(id, name, arguments));

    /// <summary>Answers with text (finish_reason "stop").</summary>
    public static ScriptStep Text(string content) => new TextStep(content);

    /// <summary>HTTP 500 to this request and to every later one (the SDK retries server errors).</summary>
    public static ScriptStep ServerError() => new ServerErrorStep();

    /// <summary>Waits (until the client gives up), then answers with text.</summary>
    public static ScriptStep Slow(TimeSpan delay, string content = "Too late.") => new SlowStep(delay, content);

    /// <summary>A step that stays at the head of the script instead of being used up.</summary>
    public virtual bool Repeats => false;
}

public sealed record CallsStep(IReadOnlyList<ScriptedCall> ToolCalls) : ScriptStep;

public sealed record TextStep(string Content) : ScriptStep;

public sealed record ServerErrorStep : ScriptStep
{
    public override bool Repeats => true;
}

public sealed record SlowStep(TimeSpan Delay, string Content) : ScriptStep;
