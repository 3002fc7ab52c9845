using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Intents;

public enum SmallTalkKind { None, Greeting, Thanks, HowAreYou, Help, Goodbye, Acknowledge }

/// <summary>Chat that changes nothing: greetings, thanks, help, goodbyes.</summary>
public static partial class SmallTalk
{
    public static SmallTalkKind Classify(string message)
    {
        var text = TrimRegex().Replace(message.ToLowerInvariant(), " ").Trim();
        if (HelpRegex().IsMatch(text))
        {
            return SmallTalkKind.Help;
        }

        if (HowAreYouRegex().IsMatch(text))
        {
            return SmallTalkKind.HowAreYou;
        }

        if (ThanksRegex().IsMatch(text))
        {
            return SmallTalkKind.Thanks;
        }

        if (GoodbyeRegex().IsMatch(text))
        {
            return SmallTalkKind.Goodbye;
        }

        if (GreetingRegex().IsMatch(text))
        {
            return SmallTalkKind.Greeting;
        }

        return AcknowledgeRegex().IsMatch(text) ? SmallTalkKind.Acknowledge : SmallTalkKind.None;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}\s']+")]
    private static partial Regex TrimRegex();

    [GeneratedRegex(@"^(?:hi|hey|hello|help|please)?\s*(?:help(?:\s+me)?|what\s+can\s+you\s+do|what\s+do\s+you\s+do|how\s+(?:does\s+this|do\s+(?:i|you))\s+work|how\s+do\s+i\s+use\s+(?:this|you)|what\s+are\s+you|who\s+are\s+you|what\s+commands.*|how\s+can\s+you\s+help(?:\s+me)?|what\s+can\s+i\s+(?:say|do|ask)|commands|instructions|usage|\?)\s*(?:please)?$")]
    private static partial Regex HelpRegex();

    [GeneratedRegex(@"^(?:(?:hi|hey|hello)\s+)?(?:how\s+are\s+(?:you|u|things)|how's\s+it\s+going|how\s+is\s+it\s+going|what's\s+up|whats\s+up|sup|how\s+have\s+you\s+been|how\s+do\s+you\s+do)(?:\s+(?:today|doing|going|this\s+morning|tonight))*$")]
    private static partial Regex HowAreYouRegex();

    [GeneratedRegex(@"^(?:ok(?:ay)?\s+|great\s+|cool\s+|perfect\s+|awesome\s+|nice\s+)?(?:thanks|thank\s+you|thx|ty|cheers|much\s+appreciated|appreciate\s+it)(?:\s+(?:a\s+lot|so\s+much|very\s+much|again|mate|buddy))?(?:\s+(?:that's|thats|that\s+is)\s+(?:all|it|everything)(?:\s+for\s+now)?)?$|^(?:that's|thats|that\s+is)\s+(?:all|it|everything)(?:\s+for\s+now)?(?:\s+thanks)?$")]
    private static partial Regex ThanksRegex();

    [GeneratedRegex(@"^(?:bye|goodbye|good\s+bye|see\s+you(?:\s+later)?|see\s+ya|good\s+night|goodnight|later|cya|have\s+a\s+(?:good|nice)\s+(?:day|one|evening))$")]
    private static partial Regex GoodbyeRegex();

    [GeneratedRegex(@"^(?:hi|hii+|hey|hello|hallo|yo|howdy|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|morning|evening)(?:\s+(?:there|you|bot|buddy|friend|everyone))?$")]
    private static partial Regex GreetingRegex();

    [GeneratedRegex(@"^(?:ok|okay|k|cool|great|nice|awesome|perfect|got\s+it|alright|all\s+right|sounds\s+good|lol|haha|wow|good|fine)$")]
    private static partial Regex AcknowledgeRegex();
}
