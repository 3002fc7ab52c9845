using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// A statement of intention or obligation, then a request that refers back to it: "I ought to telephone the surgery.
/// Would you put that on my list for Thursday?", "I am fixing to pick up the jars on Sunday; please put that on my list".
/// The task is what the statement says the user has to do; a date or time may come from either clause. The two clauses
/// become one add ("put telephone the surgery on my list for Thursday"), read by the ordinary rules.
/// </summary>
internal static partial class IntentionThenRequest
{
    public static IReadOnlyList<string> Merge(IReadOnlyList<string> clauses)
    {
        List<string>? merged = null;
        // "I'm meaning to sort the tax papers next week, please add it": the request after a comma is its own clause here.
        var split = clauses.SelectMany(c => c.LastIndexOf(',') is var k and > 0 && ReferBackRegex().IsMatch(c[(k + 1)..].Trim())
            && IntentionRegex().IsMatch(c[..k].Trim()) ? new[] { c[..k], c[(k + 1)..] } : [c]).ToList();
        if (split.Count != clauses.Count)
        {
            merged = split;
            clauses = split;
        }

        for (var i = 1; i < clauses.Count; i++)
        {
            var request = ReferBackRegex().Match(clauses[i].Trim());
            var intention = IntentionRegex().Match(clauses[i - 1].Trim().TrimEnd('.', '!', '?', ' ', ',', ';'));
            if (!request.Success || !intention.Success || intention.Groups["x"].Value.Split(' ').Length < 2)
            {
                continue;
            }

            // "water the seedlings at 6:45, before the heat sets in": a reason joined by a comma stays with the one task.
            var task = SubordinateCommaRegex().Replace(intention.Groups["x"].Value.Trim(), " ");
            var rest = ListWordsRegex().Replace(request.Groups["rest"].Value, " ").Trim(' ', ',');
            // "It is rather important that I send the deposit": the weight said in the statement is the task's priority.
            var weight = intention.Groups["weight"].Success ? ", it's important" : "";
            merged ??= clauses.ToList();
            merged[i - 1] = $"add {task} {rest}".TrimEnd() + weight;
            merged[i] = "";
        }

        return merged is null ? clauses : merged.Where(c => c.Length > 0).ToList();
    }

    // "I need a Vignette for the car, please add that": a thing needed, then the request, adds the thing.
    // "I ought to X", "I believe I ought to X", "I'm fixing to X", "I shall need to X", "I am to X", "I had better X",
    // "we have to X", "It is rather important that I X".
    [GeneratedRegex(@"^(?:(?:well|so|now|oh|anyway|and)[,\s]+)*(?:(?:I|we)\s+(?:believe|think|suppose|reckon|guess|expect|imagine|fear)\s+(?:that\s+)?)?(?:(?:I|we)(?:['\u2019](?:m|d|ve|ll|re))?(?:\s+(?:really|truly|simply|just|still|also|surely|certainly|am|are|shall|will|had|have|do|must|now|soon))*\s+(?:ought\s+to|need\s+to|need(?=\s+(?:a|an|some|new|more)\s)|have\s+to|has\s+to|got\s+to|must|should|fixing\s+to|planning\s+to|meaning\s+to|going\s+to|to|better|want\s+to|would\s+like\s+to|mean\s+to|intend\s+to)|it\s+is\s+(?:(?:rather|very|quite|really|most|awfully)\s+)?(?<weight>important|urgent|essential|vital|imperative|pressing)\s+(?:that\s+)?(?:I|we)(?:\s+(?:must|should))?)\s+(?<x>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex IntentionRegex();

    // "would you put that on my list for Thursday at 9:30?", "please add it to my list", "add that for me, if you please",
    // "would you be so kind as to add that?", "kindly pop it down for Sunday".
    [GeneratedRegex(@"^(?:(?:so|and|then|now)[,\s]+)?(?:(?:please|kindly)\s+)?(?:(?:would|could|can|will)\s+you\s+(?:(?:please|kindly)\s+)?(?:be\s+(?:so\s+kind|good\s+enough)\s+(?:as\s+)?to\s+)?)?(?:(?:please|kindly)\s+)?(?<verb>add|put|pop|jot|write|note|stick|pencil)\s+(?:that|it|this)(?<rest>(?:\s+(?:down|in|on|onto|to|for|at|by)\b.*)?)[\s.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferBackRegex();

    // What the request says besides a date: "down", "on my list" (or "on list", dictated without the article), "for me", "if you please".
    [GeneratedRegex(@"\b(?:down|(?:on|onto|to|in)\s+(?:(?:my|the|our)\s+)?(?:to-?do\s+|task\s+)?list|for\s+me|(?:,\s*)?if\s+you\s+(?:please|would|could|don't\s+mind))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListWordsRegex();

    [GeneratedRegex(@"\s*,\s*(?=(?:before|after|while|when|because|since|once|until|so\s+that|as\s+soon\s+as)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateCommaRegex();
}
