using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;

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
        LevelFirst(TrailingBareAddRegex().Replace(WrapperBeforeColonRegex().Replace(AskThenTaskRegex().Replace(PrefaceLabelRegex().Replace(text, "add "), "add "), "add "), "${tags}, please add it"));

    // "can you add one task? email Ivan the workings, p1", "could you add a task please? book the plumber": the question only
    // announces the task the next sentence says (alone, "can you add a task for me?" still asks what it should say).
    [GeneratedRegex(@"^\s*(?:(?:please|pls|so|ok(?:ay)?|hey|hi)[\s,]+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?)?(?:add|create|make|put\s+in|note\s+down)(?:\s+(?:a|an|one|new|another|more))*\s+(?:task|todo|to-do|item|reminder|entry)(?:\s+for\s+(?:me|us))?(?:\s+(?:please|pls|ah|lah|na|no))?\s*\?+\s+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex AskThenTaskRegex();

    // "wee reminder: collect mum's washing on saturday", "post-shift brain but add: ring the plumber", "write this down: pay …": a
    // label or a remark ending in "add" before the colon only announces the task after it.
    [GeneratedRegex(@"^\s*(?:(?:a\s+)?(?:wee|quick|little|small|friendly|gentle)\s+(?:reminder|note|job|task)|[\p{L}'’ -]{1,40}?\s+(?:but|so|just|then)\s+(?:add|put\s+down|note\s+down|jot\s+down)|(?:(?:please|pls)\s+)?(?:write|note|jot|put|take)\s+(?:this|that)\s+down)\s*[:：]\s*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex PrefaceLabelRegex();

    // "Important!! I must submit the I-983 in 10 days", "URGENT: call the plumber", "asap - order the salt", "Asap please, add …": the weight said
    // first, as a headline, moves behind the request it is about, where the clause's own details are read ("…, important").
    // Before anything else ("urgent: the boiler is done") it stays where it is.
    private static string LevelFirst(string text) =>
        LevelFirstRegex().Match(text) is { Success: true } m
        && (AddParser.StartsWithImperative(m.Groups["rest"].Value) || ObligationRegex().IsMatch(m.Groups["rest"].Value)
            || AddCommandRegex().IsMatch(m.Groups["rest"].Value))
            ? $"{m.Groups["rest"].Value.TrimEnd().TrimEnd('.', '!')}, {m.Groups["level"].Value}"
            : text;

    [GeneratedRegex(@"^\s*(?<level>urgent|important|asap|top\s+priority|high\s+priority)(?:\s+(?:please|pls|plz))?\s*(?:!+|:|,|\s[-\u2013\u2014])\s*(?<rest>\p{L}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelFirstRegex();

    [GeneratedRegex(@"^(?:i|we)(?:['’]ve|\s+have)?\s+(?:(?:really|also|still|just)\s+)*(?:must|need\s+to|have\s+to|got\s+to|gotta|should)\b|^remind\s+me\b", RegexOptions.IgnoreCase)]
    private static partial Regex ObligationRegex();

    // "URGENT!!! add renew stall insurance": the headline before an explicit add.
    [GeneratedRegex(@"^(?:please\s+)?add\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex AddCommandRegex();

    // "I want to add task: X", "we'd like to add a new item - X", "can you help me to add: X", "help me add a todo: X".
    [GeneratedRegex(@"^\s*(?:(?:please|pls|kindly|so|ok(?:ay)?)[\s,]+)*(?:(?:i|we)\s*(?:want|wanna|would\s+like|['’]d\s+like|need|wish)\s+(?:to\s+)?|(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?help\s+me\s+(?:to\s+)?)(?:add|create|make|put\s+in|write\s+down|note\s+down)(?:\s+(?:a|an|one|new|the|this|following|another))*(?:\s+(?:task|todo|to-do|item|reminder|entry))?\s*[:：\-–—]\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex WrapperBeforeColonRegex();

    // "Recruit participants for the study in one week, please add", "call the bank on friday. Add pls 🙏": nothing after "add".
    // "Next week got NEA inspection, add in", "X due in 2 weeks, put on my list #diploma" (Singlish): "add in" and a bare
    // "put on my list" are the same request; a hashtag said after it still tags the task.
    // Verb-final languages put the bare verb last after a dash or nothing at all ("onam program blouse stitching #onam - add",
    // "saturday evening choir fellowship dinner add", Malayalam-English "X add cheyyu" once ToneWords drops the light verb):
    // with no separator only when no subject, modal, "to" or question word leads to it ("what should I add", "nothing to add").
    [GeneratedRegex(@"(?<=\p{L}[^,;.!?]*)(?:\s*[,;.!]\s*(?:(?:so|and|then)\s+)?(?:(?:please|pls|plz|kindly)\s+)?|\s+(?:please|pls|plz|kindly)\s+|\s+[-\u2013\u2014]+\s*(?:(?:please|pls|plz|kindly)\s+)?|(?<!^\s*(?:what|which|how|why|when|who|did|do|does|can|could|should|would|will|is|are|anything|something|nothing|more)\b[^,;.!?]*)(?<!\b(?:to|i|we|you|u|they|he|she|also|and|or|then|must|might|may|not|should|shall|can|could|will|would|did|do|does|just|i['’]ll|we['’]ll|let['’]?s|me|the|a|an|forgot|forget|remember)\s*)\s+(?=add(?:\s+(?:please|pls|plz))?[\s.!🙏]*$))(?:add|put\s+(?:it\s+)?(?:on|in|into|onto)\s+(?:my\s+)?(?:list|to-?do\s+list))(?:\s+(?:in|please|pls|plz|for\s+me|(?:on|to)\s+(?:my\s+)?list))*(?<tags>(?:\s+#[\w-]+)*)[\s.!🙏]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingBareAddRegex();
}
