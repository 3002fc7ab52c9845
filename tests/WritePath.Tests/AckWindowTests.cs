using Microsoft.Extensions.Logging.Abstractions;
using TodoFunctions.Workers.Consumers;

namespace TodoFunctions.WritePath.Tests;

/// <summary>
/// The consumer's acknowledgements against a broker that holds them to RabbitMQ's rules: an ack names an
/// outstanding delivery tag (else the broker closes the channel), <c>multiple</c> takes every outstanding tag up
/// to it, and nothing may be acknowledged before its command finished.
/// </summary>
public sealed class AckWindowTests
{
    [Theory]
    [InlineData(1, 256)]
    [InlineData(2, 8)]
    [InlineData(3, 1)]
    [InlineData(4, 40)]
    [InlineData(5, 256)]
    public async Task EveryFinishedDeliveryIsAcknowledgedOnceAndNoUnfinishedOneEver(int seed, int prefetch)
    {
        var random = new Random(seed);
        var broker = new StrictBroker();
        var window = new AckWindow(prefetch, NullLogger.Instance);
        var sending = window.SendAsync(broker.AckAsync, () => true);
        var next = 1UL;
        var inHand = new List<ulong>();
        for (var step = 0; step < 5_000; step++)
        {
            // The broker delivers while fewer than `prefetch` are outstanding; commands finish in any order.
            if (broker.OutstandingCount < prefetch && random.Next(3) > 0)
            {
                broker.Deliver(next);
                window.Delivered(next);
                inHand.Add(next++);
            }
            else if (inHand.Count > 0)
            {
                var index = random.Next(10) == 0 ? random.Next(inHand.Count) : 0; // mostly in order, sometimes not
                var tag = inHand[index];
                inHand.RemoveAt(index);
                broker.Finish(tag);
                window.Completed(tag);
            }
            if (step % 50 == 0)
            {
                await Task.Yield();
            }
        }
        foreach (var tag in inHand)
        {
            broker.Finish(tag);
            window.Completed(tag);
        }
        window.Complete();
        await sending;

        Assert.Empty(broker.Violations);
        Assert.Empty(broker.Outstanding);
        Assert.True(prefetch == 1 || (ulong)broker.Frames < next - 1, $"{broker.Frames} ack frames for {next - 1} deliveries: no run was acknowledged at once");
    }

    [Fact]
    public async Task ADeliveryThatTakesLongDoesNotHoldBackAQuarterOfTheWindowBehindIt()
    {
        var broker = new StrictBroker();
        var window = new AckWindow(prefetch: 16, NullLogger.Instance);
        var sending = window.SendAsync(broker.AckAsync, () => true);
        for (var tag = 1UL; tag <= 16; tag++)
        {
            broker.Deliver(tag);
            window.Delivered(tag);
        }
        for (var tag = 2UL; tag <= 5; tag++) // tag 1 is being retried
        {
            broker.Finish(tag);
            window.Completed(tag);
        }
        window.Complete();
        await sending;

        Assert.Empty(broker.Violations);
        Assert.Equal([1UL, .. Enumerable.Range(6, 11).Select(t => (ulong)t)], broker.Outstanding.Order());
    }

    private sealed class StrictBroker
    {
        public SortedSet<ulong> Outstanding { get; } = [];
        public HashSet<ulong> Finished { get; } = [];
        public List<string> Violations { get; } = [];
        public int Frames { get; private set; }

        public int OutstandingCount
        {
            get
            {
                lock (this)
                {
                    return Outstanding.Count;
                }
            }
        }

        public void Finish(ulong tag)
        {
            lock (this)
            {
                Finished.Add(tag);
            }
        }

        public void Deliver(ulong tag)
        {
            lock (this)
            {
                Outstanding.Add(tag);
            }
        }

        public ValueTask AckAsync(ulong tag, bool multiple)
        {
            lock (this)
            {
                Frames++;
                if (!Outstanding.Contains(tag))
                {
                    Violations.Add($"ack of unknown tag {tag} (multiple: {multiple})");
                }
                var taken = multiple ? Outstanding.Where(t => t <= tag).ToList() : [tag];
                foreach (var t in taken)
                {
                    if (!Finished.Contains(t))
                    {
                        Violations.Add($"tag {t} acknowledged before its command finished");
                    }
                    Outstanding.Remove(t);
                }
            }
            return ValueTask.CompletedTask;
        }
    }
}
