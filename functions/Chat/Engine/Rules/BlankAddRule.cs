using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// "Make a new task for friday", "chuck something on for tomorrow", "even a reminder at 15:00 please", "put it in the
/// agenda for tomorrow 09:00" (nothing named before): a request to add that says when, but not what. Ask what the task
/// should say and change nothing — never read the blank as a reference ("new" in "… about the new kitchen").
/// </summary>
internal sealed partial class BlankAddRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (clause.IsListing || BlankAddRegex().Match(clause.Text) is not { Success: true } m)
        {
            return false;
        }

        // A pronoun is blank only after a verb of adding and when nothing was named for it to mean.
        if (m.Groups["p"].Success
            && (!m.Groups["v"].Success || turn.Resolve(m.Groups["p"].Value, ReferenceScope.All).Status is ReferenceStatus.Found or ReferenceStatus.Ambiguous))
        {
            return false;
        }

        var rest = m.Groups["rest"].Value;
        if (AddParser.ParseItems(rest, turn.Now, turn.Restore, turn.Description).Count > 0)
        {
            return false;
        }

        turn.Add(rest);
        return true;
    }

    [GeneratedRegex(@"^\s*(?:(?:please|pls|plz|even|just|so|ok(?:ay)?|can\s+you|could\s+you|would\s+you|will\s+you|i\s+(?:want|would\s+like|['’]d\s+like|need)\s+(?:to|you\s+to)|let['’]?s|go\s+ahead\s+and)[\s,]+)*(?:(?<v>make|create|add|put|set\s+up|chuck|stick|pop|bung|throw|write|jot(?:\s+down)?|open|start|schedule|plan)(?:\s+(?:me|us))?\s+)?(?:(?:a|an|another|one\s+more|some)\s+(?:(?:new|fresh|extra|more|empty|blank|other)\s+)?(?:task|todo|to-do|item|entry|one|reminder|thing|job)|(?:new|fresh|extra)\s+(?:task|todo|to-do|item|entry|one|reminder|job)|something(?:\s+(?:new|else|more))?|(?<p>it|that|this))(?:\s+(?:on|in|into|to|onto)(?:\s+(?:my|the|our|your))?\s+(?:list|agenda|calendar|planning|to-?do\s+list|todos?))?(?:\s+(?:on|in|down))?(?![\w'’-])(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BlankAddRegex();
}
