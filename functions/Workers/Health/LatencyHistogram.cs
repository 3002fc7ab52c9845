using System.Globalization;
using System.Text;

namespace TodoFunctions.Workers.Health;

/// <summary>
/// A Prometheus histogram of seconds with fixed buckets, lock-free. End-to-end latency runs from the
/// command's <c>issuedAt</c> (the HTTP function accepted it) to the commit that recorded it.
/// </summary>
public sealed class LatencyHistogram(string name, string help)
{
    private static readonly double[] Bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
    private readonly long[] _buckets = new long[Bounds.Length + 1];
    private long _count;
    private long _sumMicroseconds;

    public long Count => Interlocked.Read(ref _count);

    public void Observe(TimeSpan elapsed)
    {
        var seconds = Math.Max(0, elapsed.TotalSeconds);
        var bucket = Array.FindIndex(Bounds, bound => seconds <= bound);
        Interlocked.Increment(ref _buckets[bucket < 0 ? Bounds.Length : bucket]);
        Interlocked.Add(ref _sumMicroseconds, (long)(seconds * 1_000_000));
        Interlocked.Increment(ref _count);
    }

    /// <summary>Appends the histogram in the text exposition format 0.0.4 (cumulative buckets).</summary>
    public void WriteTo(StringBuilder text)
    {
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
        text.Append("# TYPE ").Append(name).Append(" histogram\n");
        long cumulative = 0;
        for (var i = 0; i < Bounds.Length; i++)
        {
            cumulative += Interlocked.Read(ref _buckets[i]);
            text.Append(name).Append("_bucket{le=\"").Append(Bounds[i].ToString(CultureInfo.InvariantCulture)).Append("\"} ").Append(cumulative).Append('\n');
        }
        cumulative += Interlocked.Read(ref _buckets[Bounds.Length]);
        text.Append(name).Append("_bucket{le=\"+Inf\"} ").Append(cumulative).Append('\n');
        text.Append(name).Append("_sum ").Append((Interlocked.Read(ref _sumMicroseconds) / 1_000_000.0).ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append(name).Append("_count ").Append(cumulative).Append('\n');
    }
}
