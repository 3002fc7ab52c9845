using System.Diagnostics;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.Replies;
using TodoFunctions.Chat.Safety;

namespace TodoFunctions.Chat.Tests;

/// <summary>
/// Messages at the length limit shaped against the rules that read a whole message with regular expressions (a
/// statement then a request, news after a request, a reason after a comma, courtesy wrappers): each is answered, and in
/// bounded time — a pattern that backtracks catastrophically would hold a chat worker for minutes. The bound is a guard
/// against that, far above a turn's normal cost (ChatBench measures that), not a speed target. A run-on sentence longer
/// than <see cref="ClauseSplitter.MaxSentenceLength"/> is asked about before any rule reads it; the rules are tried at that length.
/// </summary>
public sealed class LongInputTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(5);

    private static readonly ChatTask[] Tasks =
    [
        Harness.Task("Call the surgery"),
        Harness.Task("Fix the fence", new TaskDue(new DateOnly(2026, 11, 28), null)),
        Harness.Task("Dentist", new TaskDue(new DateOnly(2026, 11, 27), new TimeOnly(9, 30))),
    ];

    public static TheoryData<string> LongMessages() => new()
    {
        AtLimit("I ", "really ", "ought to call the surgery. Please add it."),
        AtLimit("I ought to ", "ring the vet, ", " please add it"),
        AtLimit("the dentist, ", "the bug comes back, ", "move it to friday"),
        AtLimit("Strike the fence. ", "The cows got out again. ", ""),
        AtLimit("Good morning. ", "I'd be much obliged if you would ", "add eggs"),
        AtLimit("It is rather important that I ", "send the deposit and ", ". Would you put that on my list?"),
        AtLimit("", "we nearly out ", ", add milk"),
        AtLimit("Dentist ", "make ", "medium"),
    };

    [Theory]
    [MemberData(nameof(LongMessages))]
    public void A_message_at_the_length_limit_is_answered_in_bounded_time(string message)
    {
        Assert.InRange(message.Length, 1_900, 2_000);
        var clock = Stopwatch.StartNew();
        var plan = Harness.Run(message, Harness.Context("UTC", new DateTime(2026, 11, 26, 10, 0, 0), Tasks));
        clock.Stop();

        Assert.False(string.IsNullOrWhiteSpace(plan.Reply));
        Assert.True(clock.Elapsed < Guard, $"{clock.Elapsed.TotalMilliseconds:F0} ms for a {message.Length}-character message");
    }

    // The same shapes as one sentence just under the longest the rules read, so every rule runs on it.
    public static TheoryData<string> LongestReadSentences() => new()
    {
        AtLimit("I ", "really ", "ought to call the surgery, please add it", SentenceLimit),
        AtLimit("I ought to ", "ring the vet, ", " please add it", SentenceLimit),
        AtLimit("the dentist, ", "the bug comes back, ", "move it to friday", SentenceLimit),
        AtLimit("I'd be much obliged if you would ", "kindly ", "add eggs", SentenceLimit),
        AtLimit("It is rather important that I ", "send the deposit and ", ", would you put that on my list?", SentenceLimit),
        AtLimit("", "we nearly out ", ", add milk", SentenceLimit),
        AtLimit("Dentist ", "make ", "medium", SentenceLimit),
    };

    [Theory]
    [MemberData(nameof(LongestReadSentences))]
    public void The_longest_sentence_the_rules_read_is_answered_in_bounded_time(string message)
    {
        Assert.InRange(message.Length, SentenceLimit - 40, SentenceLimit);
        var clock = Stopwatch.StartNew();
        var plan = Harness.Run(message, Harness.Context("UTC", new DateTime(2026, 11, 26, 10, 0, 0), Tasks));
        clock.Stop();

        Assert.NotEqual(ReplyWriter.RunOnSentence, plan.Reply);
        Assert.True(clock.Elapsed < Guard, $"{clock.Elapsed.TotalMilliseconds:F0} ms for a {message.Length}-character sentence");
    }

    [Fact]
    public void A_run_on_sentence_longer_than_any_request_is_asked_about_and_changes_nothing()
    {
        var message = AtLimit("please add ", "ring the vet about the cows ", "tomorrow", SentenceLimit + 60);

        var plan = Harness.Run(message, Harness.Context("UTC", new DateTime(2026, 11, 26, 10, 0, 0), Tasks));

        Assert.Empty(plan.Actions);
        Assert.Equal(ReplyWriter.RunOnSentence, plan.Reply);
    }

    [Fact]
    public void A_long_note_is_no_run_on_sentence()
    {
        var note = string.Concat(Enumerable.Repeat("bring the blue folder with the deeds and the old letters ", 12)).Trim();
        Assert.True(note.Length > SentenceLimit);

        var plan = Harness.Run($"add call the solicitor tomorrow, note: {note}", Harness.Context("UTC", new DateTime(2026, 11, 26, 10, 0, 0), Tasks));

        var add = Harness.SingleAdd(plan);
        Assert.Equal(note, add.Description);
    }

    [Fact]
    public void A_message_at_the_length_limit_made_of_short_requests_is_read_in_full()
    {
        string[] things = ["eggs", "milk", "bread", "butter", "flour", "rice", "beans", "apples", "pears", "onions", "carrots", "cheese", "yoghurt", "coffee", "tea", "honey", "jam", "salt", "pepper", "oats"];
        var sentences = things.Select((thing, i) => $"Please add buy {thing} for the {(i % 2 == 0 ? "shop" : "market")} run on saturday morning.").ToList();
        var message = string.Join(' ', sentences);
        Assert.InRange(message.Length, 1_000, 2_000);

        var plan = Harness.Run(message, Harness.Context("UTC", new DateTime(2026, 11, 26, 10, 0, 0), Tasks));

        var titles = plan.Actions.OfType<AddTask>().Select(a => a.Title).ToList();
        Assert.Equal(things.Length, titles.Count);
        Assert.All(things, thing => Assert.Contains(titles, title => title.Contains(thing, StringComparison.OrdinalIgnoreCase)));
    }

    // ";" between the items of one add joins them into one list (one sentence), so the limit is measured on the joined
    // list: a 2,000-character "add a; b; c; …" is one run-on sentence, not a hundred short ones.
    [Fact]
    public void A_semicolon_add_list_longer_than_any_request_is_one_run_on_sentence()
    {
        var message = AtLimit("add ", "new cones for the club; ", "spare stopwatch");
        Assert.InRange(message.Length, 1_900, 2_000);

        var clock = Stopwatch.StartNew();
        var plan = Harness.Run(message, Harness.Context("UTC", new DateTime(2026, 11, 26, 10, 0, 0), Tasks));
        clock.Stop();

        Assert.Empty(plan.Actions);
        Assert.Equal(ReplyWriter.RunOnSentence, plan.Reply);
        Assert.True(clock.Elapsed < Guard, $"{clock.Elapsed.TotalMilliseconds:F0} ms for a {message.Length}-character list");
    }

    [Fact]
    public void A_short_semicolon_add_list_is_still_read_as_one_add_each()
    {
        var plan = Harness.Run("add buy bibs #netball; new cones #netball; spare stopwatch #netball", Harness.Context("UTC", new DateTime(2026, 11, 26, 10, 0, 0), Tasks));

        Assert.Equal(3, plan.Actions.OfType<AddTask>().Count());
    }

    private const int SentenceLimit = ClauseSplitter.MaxSentenceLength;

    private static string AtLimit(string head, string repeated, string tail, int limit = SafetyGuard.MaxLength)
    {
        var count = (limit - head.Length - tail.Length) / repeated.Length;
        return head + string.Concat(Enumerable.Repeat(repeated, count)) + tail;
    }
}
