using System.Text.RegularExpressions;
using TodoFunctions.Chat.Text;

namespace TodoFunctions.Chat.Safety;

public enum SafetyVerdict { Ok, Empty, TooLong, Markup, Injection, OtherUser, Gibberish }

/// <summary>Rejects input the engine must not act on. Runs before any parsing so nothing in such input is ever executed.</summary>
public static partial class SafetyGuard
{
    public const int MaxLength = 2000;

    /// <param name="ownWords">Words of the person's own tasks (titles, notes, tags): "churchkhela ordered" names a task, however
    /// its consonants run, so such a word never counts as keyboard mashing.</param>
    public static SafetyVerdict Check(string message, IReadOnlySet<string>? ownWords = null)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return SafetyVerdict.Empty;
        }

        if (message.Length > MaxLength)
        {
            return SafetyVerdict.TooLong;
        }

        if (MarkupRegex().IsMatch(message) || SqlRegex().IsMatch(message))
        {
            return SafetyVerdict.Markup;
        }

        if (InjectionRegex().IsMatch(message))
        {
            return SafetyVerdict.Injection;
        }

        if (OtherUserRegex().IsMatch(message))
        {
            return SafetyVerdict.OtherUser;
        }

        if (LooksLikeGibberish(message, ownWords))
        {
            return SafetyVerdict.Gibberish;
        }

        return SafetyVerdict.Ok;
    }

    /// <summary>True when a stored title or description reads like an instruction to the assistant; such text is only ever shown, never obeyed.</summary>
    public static bool LooksLikeInstruction(string text) => InjectionRegex().IsMatch(text);

    private static bool LooksLikeGibberish(string message, IReadOnlySet<string>? ownWords)
    {
        var tokens = WordMatcher.Tokens(message);
        if (tokens.Count == 0)
        {
            // Only symbols or emoji.
            return !message.Any(char.IsLetterOrDigit);
        }

        // The same word over and over ("blah blah blah ...") carries no request.
        if (tokens.Count >= 6 && tokens.Distinct().Count() <= 2)
        {
            return true;
        }

        // Words without vowels or with long consonant runs are keyboard mashing.
        // "HPLC calibrated", "NMR slot", "XRD": a short word in capitals is an acronym, not mashing.
        var acronyms = AcronymRegex().Matches(message).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
        var mashed = tokens.Count(t => !acronyms.Contains(t) && ownWords?.Contains(t) != true && t.Length >= 4 && t.All(char.IsLetter) && (ConsonantRunRegex().IsMatch(t) || !t.Any(c => "aeiouy".Contains(c))));
        return mashed > 0 && mashed * 2 >= tokens.Count;
    }

    [GeneratedRegex(@"<\s*/?\s*(?:script|iframe|img|svg|html|body|div|span|a|b|i|p|style|object|embed|form|input|link|meta)\b[^>]*>|javascript:|on(?:error|load|click)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupRegex();

    [GeneratedRegex(@"\b(?:drop\s+table|truncate\s+table|delete\s+from\s+[\w.\[\]""`]+\s*(?:;|where\b)|insert\s+into\s+[\w.\[\]""`]+\s*(?:\(|values\b|select\b)|update\s+\w+\s+set\s+\w+\s*=|union\s+(?:all\s+)?select|select\s+[\w\*,\s]+\s+from\s+\w+|alter\s+table|exec(?:ute)?\s+xp_)\b|'\s*or\s+'?1'?\s*=\s*'?1|;\s*--|/\*.*\*/|\bor\s+1\s*=\s*1\b", RegexOptions.IgnoreCase)]
    private static partial Regex SqlRegex();

    [GeneratedRegex(@"\b(?:do\s+(?:what(?:ever)?|as)\s+(?:it|that|this|(?:the|that|this|my)\s+(?:\w+\s+)?(?:task|one|item|title|note|description))\s+(?:says|said|tells\s+you|asks(?:\s+you)?))\b|\bdo\s+(?:what(?:ever)?|as)\s+(?:is|it\s+is|it's)\s+(?:written|said|stated)\s+(?:in|on)\s+(?:the|that|this|my)\s+(?:\w+\s+)?(?:task|item|title|note|description)\b|\b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|the|your|my|of)\s+){0,3}(?:previous|prior|above|earlier|preceding|system|original)?\s*(?:instructions?|prompts?|rules?|directives?|guidelines?)\b|\b(?:ignore|disregard)\s+(?:all\s+|everything\s+)?(?:the\s+|that\s+)?(?:above|previous|prior|earlier)\b(?!\s+(?:task|one|item|reminder)s?\b)|\bsystem\s+prompt\b|\byou\s+are\s+now\b|\bact\s+as\s+(?:an?\s+)?(?:admin|administrator|root|developer|dan)\b|\b(?:admin|developer|god|sudo|jailbreak)\s+mode\b|\bnew\s+instructions?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex InjectionRegex();

    [GeneratedRegex(@"\buser\s*(?:#|no\.?|number|id)?\s*\d+\b|\b(?:other|another|all|every)\s+(?:users?|people|accounts?|customers?)(?:'s?)?\b|\b(?:someone|somebody|anyone|everyone|everybody)\s+else(?:'s|s)\b|\b(?:tasks?|todos?|to-dos?|list|data|account)\s+(?:of|for|from)\s+(?:someone|somebody|anyone|everyone|everybody)\s+else\b|\beveryone's\b|[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:his|her|their)\s+(?:tasks?|todos?|to-dos?|list|data|account)\b|\b(?!(?:to|yester)day'?s\b)(?!(?:tomorrow|tmrw|tmr|tmw|tomo|tdy)'?s\b)(?!today'?s\b)(?!(?:week|month|weekend)'?s\b)[a-z]+'s\s+(?:tasks|todos|to-dos|todo\s+list|task\s+list|account|data)\b(?!\s+(?!(?:please|pls|for|from|and|or|now|too|as|of|in|on|to|is|are)\b)[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex OtherUserRegex();

    [GeneratedRegex(@"\b[A-Z]{2,6}s?\b")]
    private static partial Regex AcronymRegex();

    [GeneratedRegex(@"[bcdfghjklmnpqrstvwxz]{5,}")]
    private static partial Regex ConsonantRunRegex();
}
