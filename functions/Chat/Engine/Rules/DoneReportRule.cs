using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// "I paid the bill", "gas bill paid", "coat's picked up": complete the pending task named by verb and object
/// ("rang grandma"), else by the object alone ("went to the dentist"). No match passes the clause on.
/// </summary>
internal sealed class DoneReportRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        var past = IntentPatterns.MatchPastTense(clause.Text);
        return past is not null
            && (turn.TryCompletePastTense(past.Verb + " " + past.Object) || turn.TryCompletePastTense(past.Object, needsWords: true));
    }
}
