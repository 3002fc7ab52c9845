using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>"low prio: alphabetise the spice rack", "asap - reply to the school": a priority label in front of a new task.</summary>
internal sealed partial class PriorityLabelAddRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        var m = LabelRegex().Match(clause.Text);
        if (!m.Success)
        {
            return false;
        }

        // The label goes behind the title, where the add parser reads priority phrases.
        turn.Add(m.Groups["task"].Value + ", " + m.Groups["label"].Value);
        return true;
    }

    [GeneratedRegex(@"^\s*(?:(?<label>(?:low|high|medium|med|top|no)\s+(?:priority|prio)|asap|urgent|important|p[1-4])\s*[:\-—!]+|(?<label>p[1-4])\s+)\s*(?<task>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelRegex();
}
