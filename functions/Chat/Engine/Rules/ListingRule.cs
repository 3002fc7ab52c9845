using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed partial class ListingRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        // "can you give me a heads-up an hour before X" reads like "give me …" but sets a reminder.
        if (!clause.IsListing || Intents.ReminderParser.ParseEdit(clause.Text) is not null)
        {
            return false;
        }

        if (QuestionLeadRegex().IsMatch(clause.Text) && !TaskWordRegex().IsMatch(clause.Text))
        {
            turn.Say("I can only help with your tasks. Try \"what's due today?\" or say \"help\".");
            return true;
        }

        turn.List(clause.Text);
        return true;
    }

    [GeneratedRegex(@"^(?:what|what's|which|how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLeadRegex();

    // "what's on?" asks for the agenda, "what did I tick off?" for the finished tasks.
    [GeneratedRegex(@"\b(?:tasks?|items?|important|high|medium|low|p[1-4]s?|slipped|slid|look\s+like|todos?|to-dos?|jobs?|chores?|errands?|due|pending|done|finish\w*|complet\w*|clos(?:e|ed)(?:\s+out)?|(?<=\b(?:is|are|already)\s+)fixed\b|overdue|left|have|got|list|plate|agenda|schedule|today|tonight|tomorrow|week|priority|tags?|tagged|urgent|open|remaining|behind|late|mention\w*|about|search|find|show|any\w*|plan\w*|coming\s+up|on\s+for|next|ones?|outstanding|to\s*-?\s*do|need\s+to\s+do|needs?\s+doing|miss(?:ed)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs|fri|sat|sun|repeat\w*|recurr?\w*|recurs|reminders?|alerts?|(?:tick|check|cross)(?:ed)?\s+off|knock(?:ed)?\s+(?:out|off)|wrap(?:ped)?\s+up|on(?=[\s?.!]*$))\b|#", RegexOptions.IgnoreCase)]
    private static partial Regex TaskWordRegex();
}
