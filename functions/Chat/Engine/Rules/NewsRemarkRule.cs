using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;
using TodoFunctions.Chat.Text;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// "Strike the trustees meeting. It has been postponed indefinitely.", "The fence is NOT fixed. The cows got out again this
/// morning.", "Scratch everything. I want a fresh start.": after a clause of the same message acted, a piece of news — a
/// subject and a finite verb, no command, no value (date, priority, tag, state) and no word of any task — explains the
/// request; it is neither a new task nor a question. Said first, or alone, it passes on.
/// </summary>
internal sealed partial class NewsRemarkRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        var text = clause.Text;
        if (!turn.ActedEarlier || clause.IsListing || ClauseSplitter.StartsWithCommand(text) || ActionLexicon.IsIdiom(text)
            || CommandLeadRegex().IsMatch(text) || ValueWordRegex().IsMatch(text)
            || SubjectVerbRegex().Match(text) is not { Success: true } m
            || !(TaskReferenceResolver.HasFiniteVerb(m.Groups["verb"].Value) || StanceVerbRegex().IsMatch(m.Groups["verb"].Value))
            // "Water dripped all night": a capitalised verb is a name only when a past or finite verb follows it.
            || (m.Groups["name"].Success && AddParser.StartsWithImperative(text)
                && !TaskReferenceResolver.HasFiniteVerb(m.Groups["verb"].Value.Split(' ')[0])))
        {
            return false;
        }

        // "We sent the invoice.", "the van got washed": news about a task is a report, read by the rules after this one.
        var stems = WordMatcher.ContentStems(text);
        if (turn.AllTasks.Any(t => TurnInterpreter.WordsOf(t).Intersect(stems).Any()))
        {
            return false;
        }

        // A date in the news is a new task's due ("Dad's birthday is on friday") unless the news is in the past tense.
        var dated = !Time.DateExpressionParser.Parse(text, turn.Now).IsEmpty;
        return !dated || WordMatcher.Tokens(m.Groups["verb"].Value).Any(w => WordMatcher.IsIrregularPast(w) || w.EndsWith("ed", StringComparison.Ordinal));
    }

    // A subject (a pronoun, or a short noun phrase after a determiner or a name) followed by the words that hold its verb.
    [GeneratedRegex(@"^(?:(?i:(?:half|some|most|all|none|both|a\s+few|a\s+couple|a\s+lot|each|one|two|three)\s+of\s+(?:them|it|those|these|the\s+[\w'-]+)|it|that|this|they|he|she|we|i|there|(?:the|my|our|his|her|their|your)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?)|(?<name>[A-Z][\w'-]+))\s+(?<verb>(?:[\w']+\s+){0,2}[\w']+)")]
    private static partial Regex SubjectVerbRegex();

    // "I want a fresh start", "we hope it holds": a stance, not a task.
    [GeneratedRegex(@"^(?:want|think|guess|hope|know|mean|feel|reckon|suppose|love|hate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StanceVerbRegex();

    // "I need to …", "we have to …", "I'll …": a statement of something to do is an add (CONVENTIONS, intents).
    [GeneratedRegex(@"^(?:i|we)\b(?:['’]ll|\s+(?:will|need|needs|have\s+to|has\s+to|got\s+to|gotta|must|should|ought|want\s+to|wanna|still)\b)|\b(?:remind|don't\s+forget|remember)\b|\?", RegexOptions.IgnoreCase)]
    private static partial Regex CommandLeadRegex();

    // Words that give a task a value or a state: such a sentence is a request, not news.
    [GeneratedRegex(@"\b(?:due|deadline|urgent|important|asap|priority|prio|p[1-4]|tag|tagged|done|finished|complete|completed|fixed|sorted|cancell?ed|open|pending|undone|reopen\w*|repeat\w*|every|remind\w*|add|delete|remove|rename|note|description)\b|#\w", RegexOptions.IgnoreCase)]
    private static partial Regex ValueWordRegex();
}
