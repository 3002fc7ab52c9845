using System.Diagnostics;

namespace TodoFunctions.Chat.Tests;

/// <summary>
/// Messages at the length limit shaped against the rules that read a whole message with regular expressions (a
/// statement then a request, news after a request, a reason after a comma, courtesy wrappers): each is answered, and in
/// bounded time — a pattern that backtracks catastrophically would hold a chat worker for minutes. The bound is a guard
/// against that, far above a turn's normal cost (ChatBench measures that), not a speed target.
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

    private static string AtLimit(string head, string repeated, string tail)
    {
        var count = (2_000 - head.Length - tail.Length) / repeated.Length;
        return head + string.Concat(Enumerable.Repeat(repeated, count)) + tail;
    }
}
