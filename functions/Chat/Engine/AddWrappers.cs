using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Engine;

/// <summary>
/// Ways of asking for an add that wrap the request around the task's text instead of putting "add" before it:
/// "I want to add task: X", "please help me to add: X" (the wrapper is no task of its own) and "X tomorrow, please add"
/// (a bare "add" at the end takes its task from the clause before, as "please add it" does), and a priority said as a
/// headline before the request ("Important!! …").
/// </summary>
internal static partial class AddWrappers
{
    public static string Unwrap(string text) =>
        LevelFirstRegex().Replace(TrailingBareAddRegex().Replace(WrapperBeforeColonRegex().Replace(text, "add "), ", please add it"), "${rest}, ${level}");

    // "Important!! I must submit the I-983 in 10 days", "URGENT: I have to renew the permit": the weight said first, as a
    // headline, moves behind the one request it is about, where the clause's own details are read ("…, important").
    [GeneratedRegex(@"^\s*(?<level>urgent|important|asap|top\s+priority|high\s+priority)\s*(?:!+|:)\s*(?<rest>[^.!?;]*\p{L}[^.!?;]*?)[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelFirstRegex();

    // "I want to add task: X", "we'd like to add a new item - X", "can you help me to add: X", "help me add a todo: X".
    [GeneratedRegex(@"^\s*(?:(?:please|pls|kindly|so|ok(?:ay)?)[\s,]+)*(?:(?:i|we)\s*(?:want|wanna|would\s+like|['’]d\s+like|need|wish)\s+(?:to\s+)?|(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?help\s+me\s+(?:to\s+)?)(?:add|create|make|put\s+in|write\s+down|note\s+down)(?:\s+(?:a|an|one|new|the|this|following|another))*(?:\s+(?:task|todo|to-do|item|reminder|entry))?\s*[:：\-–—]\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex WrapperBeforeColonRegex();

    // "Recruit participants for the study in one week, please add", "call the bank on friday. Add pls 🙏": nothing after "add".
    [GeneratedRegex(@"(?<=\p{L}[^,;.!?]*)\s*[,;.!]\s*(?:(?:so|and|then)\s+)?(?:(?:please|pls|plz|kindly)\s+)?add(?:\s+(?:please|pls|plz|for\s+me|(?:on|to)\s+(?:my\s+)?list))*[\s.!🙏]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingBareAddRegex();
}
