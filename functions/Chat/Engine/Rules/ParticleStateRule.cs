using System.Text.RegularExpressions;
using TodoFunctions.Chat.References;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// "bins are out", "the washing's in", "heating's off": the state the task's own particle names is reached, so the
/// pending task is done. Only when the title has that particle ("Take the bins out"): "the milk is out" is no report.
/// "in" is also the state of a thing to submit ("the claim's in" for "Submit the claim").
/// The same for a state the title's verb names ("pedicure tubs all clean" for "Clean pedicure tubs", "the shed is tidy").
/// </summary>
internal sealed partial class ParticleStateRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        var m = StateRegex().Match(clause.Text);
        if (!m.Success)
        {
            return false;
        }

        var result = turn.Resolve(m.Groups["x"].Value, ReferenceScope.Pending);
        var particle = m.Groups["p"].Value;
        if (result.Status != ReferenceStatus.Found
            || !result.Tasks.All(t => Regex.IsMatch(t.Title, $@"\b{particle}\b", RegexOptions.IgnoreCase) || IsHandedIn(particle, t.Title)))
        {
            return false;
        }

        return turn.TryCompletePastTense(m.Groups["x"].Value);
    }

    // "bank shift claim's in" for "Submit bank shift claim": a thing to hand in is in once it was submitted.
    private static bool IsHandedIn(string particle, string title) =>
        particle.Equals("in", StringComparison.OrdinalIgnoreCase) && SubmitVerbRegex().IsMatch(title);

    [GeneratedRegex(@"\b(?:submit|lodge|file|hand)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubmitVerbRegex();

    [GeneratedRegex(@"^(?:the\s+)?(?<x>.+?)\s*(?:\s(?:is|are)|['’](?:s|re)|(?=\s+all\s))\s+(?:all\s+|now\s+|finally\s+)?(?<p>out|in|on|off|up|down|back|away|clean|tidy|empty)(?:\s+(?:now|already|at\s+last))?$", RegexOptions.IgnoreCase)]
    private static partial Regex StateRegex();
}
