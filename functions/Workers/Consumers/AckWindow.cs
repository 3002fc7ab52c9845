using System.Threading.Channels;
using RabbitMQ.Client;

namespace TodoFunctions.Workers.Consumers;

/// <summary>
/// Which deliveries of one channel may be acknowledged, sent in as few frames as the order of completion allows:
/// when every delivery up to a tag is done, one <c>multiple</c> ack covers them all (the batcher completes a
/// hundred at once). A delivery that takes long (a command being retried) does not hold back the rest for long:
/// once a quarter of the prefetch window is done behind it, those are acknowledged one by one, so the broker
/// keeps sending. Acks leave in the order they were decided, from one loop, because a <c>multiple</c> ack that
/// overtook a single one for a tag it covers would make the broker close the channel.
/// </summary>
public sealed class AckWindow(int prefetch, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly SortedSet<ulong> _pending = [];
    private readonly SortedSet<ulong> _done = [];
    private readonly Channel<(ulong Tag, bool Multiple)> _outgoing = Channel.CreateUnbounded<(ulong, bool)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly int _flushAt = Math.Max(1, prefetch / 4);

    public void Delivered(ulong tag)
    {
        lock (_gate)
        {
            _pending.Add(tag);
        }
    }

    public void Completed(ulong tag)
    {
        lock (_gate)
        {
            if (!_pending.Remove(tag))
            {
                return;
            }
            _done.Add(tag);
            var lowestPending = _pending.Count == 0 ? ulong.MaxValue : _pending.Min;
            var covered = _done.GetViewBetween(0, lowestPending - 1);
            if (covered.Count > 0)
            {
                var upTo = covered.Max;
                covered.Clear();
                _outgoing.Writer.TryWrite((upTo, true));
            }
            if (_done.Count >= _flushAt)
            {
                foreach (var single in _done)
                {
                    _outgoing.Writer.TryWrite((single, false));
                }
                _done.Clear();
            }
        }
    }

    /// <summary>No more acks: the channel is going away, and what it did not acknowledge is redelivered.</summary>
    public void Complete() => _outgoing.Writer.TryComplete();

    /// <summary>Sends the decided acks until <see cref="Complete"/>; consecutive <c>multiple</c> acks go as the last one.</summary>
    public Task SendAsync(IChannel channel) =>
        SendAsync((tag, multiple) => channel.BasicAckAsync(tag, multiple), () => channel.IsOpen);

    public async Task SendAsync(Func<ulong, bool, ValueTask> ack, Func<bool> isOpen)
    {
        var singles = new List<ulong>();
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync())
            {
                ulong upTo = 0;
                singles.Clear();
                while (_outgoing.Reader.TryRead(out var decided))
                {
                    if (decided.Multiple)
                    {
                        upTo = Math.Max(upTo, decided.Tag);
                    }
                    else
                    {
                        singles.Add(decided.Tag);
                    }
                }
                // A single tag at or below upTo is still unacknowledged (each tag is decided once), so the
                // multiple ack covers it; singles above it follow.
                if (upTo > 0)
                {
                    await ack(upTo, true);
                }
                foreach (var tag in singles)
                {
                    if (tag > upTo)
                    {
                        await ack(tag, false);
                    }
                }
            }
        }
        catch (Exception ex) when (!isOpen())
        {
            // The channel closed under us: every delivery it did not acknowledge goes back to the queue.
            logger.LogDebug("Acks stopped with the channel: {Reason}", ex.GetBaseException().Message);
        }
    }
}
