using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>"do you know if it'll rain tomorrow?", "do you ever get paged", "is the ferry running today?": a question about the world or
/// the bot, not the tasks; never an add.</summary>
internal sealed partial class OffTopicQuestionRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        var aboutAThing = YesNoThingQuestionRegex().Match(clause.Text) is { Success: true } question
            && !WordRegex().Matches(question.Groups["rest"].Value).Any(word => turn.IsOwnWord(word.Value));
        if (!(WorldQuestionRegex().IsMatch(clause.Text) || TagQuestionRegex().IsMatch(clause.Text) || aboutAThing) || TaskWordRegex().IsMatch(clause.Text))
        {
            return false;
        }

        turn.Say("I can only help with your tasks. Try \"what's due today?\" or say \"help\".");
        return true;
    }

    // "is it ok to eat ramyeon every day?": asking whether something is all right to do.
    [GeneratedRegex(@"^is\s+it\s+(?:ok|okay|alright|all\s+right|fine|bad|good|healthy|unhealthy|safe|normal|wise|weird)\s+(?:to|if)\b|^(?:do|did|does)\s+you\s+(?:happen\s+to\s+)?(?:know|think|reckon)\b|^you\s+(?:happen\s+to\s+)?(?:know|think|reckon)\s+(?:if|whether|when|who|what|how)\b|^(?:do|did|have|are)\s+(?:you|u|ya)\s+ever\b|^(?:do|did|can|could|have|would)\s+(?:you|u)\s+(?:ever\s+)?(?:like|love|hate|enjoy|prefer|support|follow|root\s+for|cheer\s+for|vote|eat|sleep|dream|feel|have\s+(?:feelings|a\s+(?:name|family|favou?rite))|speak|sing|play|watch|believe|get\s+(?:bored|tired|lonely))\b|^(?:are|r)\s+(?:you|u)\s+(?:a\s+)?(?:real|human|robot|bot|ai|alive|happy|sad|smart|single|there|awake|bored)\b|^what(?:'s|\s+is)\s+(?:your|ur)\s+(?:name|favou?rite\s+\w+|age)\b|^(?:will|is|it)\s+it\s+(?:going\s+to\s+|gonna\s+|gunna\s+|supposed\s+to\s+)?(?:rain|snow|hail|storm|freeze|blow|pour|be\s+(?:sunny|cold|hot|warm|windy|nice|stormy|foggy|wet|mild))\b|^(?:what(?:'s|s|\s+is)|how(?:'s|s|\s+is))\s+(?:the\s+(?:weather|forecast|temperature|score|time\s+in)|(?:weather|forecast|temperature)\s+(?:in|at|for|today|tomorrow|like|there|here))\b|^(?:can|could)\s+you\s+tell\s+me\s+(?:if|whether|about|what|who|when|where|how)\b|^(?:who|where|why)\s+(?:is|are|was|were)\b|^(?:who|which\s+team)\s+(?:will|['’]ll|is\s+going\s+to|is\s+gonna|gonna)\s+(?:win|lose|score|play|make\s+it)\b|^(?:is|are)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:running|open|closed|delayed|late|on\s+strike|working|on\s+time)(?:\s+(?:tonight|today|tomorrow|now|later|this\s+(?:morning|afternoon|evening|weekend)|on\s+\w+))?\s*\?*\s*$|^(?:(?:do\s+)?(?:you|ya|u)\s+)?reckon\s+(?!(?:i|we)\b)(?:the\s+)?[\w']+(?:\s+[\w']+){0,3}?\s+(?:will|['’]ll|are|is|gonna|can|would)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorldQuestionRegex();

    // "lovely weather today, isn't it", "who won the rugby, do you know?": a remark or question handed back to the bot.
    [GeneratedRegex(@"[,\s]\s*(?:isn['’]?t|wasn['’]?t|aren['’]?t|weren['’]?t|doesn['’]?t|didn['’]?t|don['’]?t|ain['’]?t)\s+(?:it|that|they|he|she|there|we|you)\W*$|[,\s]\s*innit\W*$|,\s*(?:do|d['’]?|would|did)\s*(?:you|u|ya)\s+(?:know|reckon|think)\W*$|^(?:who|what|which\s+team)\s+(?:won|lost|scored|played|sang|wrote|invented)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TagQuestionRegex();

    // "is the Gozo ferry running today with this wind?": a yes/no question about a thing none of the tasks names.
    [GeneratedRegex(@"^\s*(?:is|are|was|were|will)\s+(?:the|a|an|this|that|my|our)\s+(?<rest>[^?]+)\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex YesNoThingQuestionRegex();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\b(?:tasks?|todos?|to-dos?|list|due|overdue|done|finish\w*|complet\w*|remind\w*|priority|tag\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TaskWordRegex();
}
