using System.Diagnostics;
using System.Globalization;

namespace TodoFunctions.Bench;

/// <summary>
/// Where the CPU goes during a phase: CPU time (from /proc, USER_HZ = 100) of the HTTP process, the worker,
/// PostgreSQL (postmaster and its backends), RabbitMQ (beam and its children), the bench itself and the
/// whole machine, turned into average cores busy. The machine is shared, so "others" is everything else.
/// </summary>
public sealed class CpuMeter(SystemUnderTest system, string root)
{
    private const double TicksPerSecond = 100;

    public sealed record Usage(double Http, double Worker, double Postgres, double RabbitMq, double Bench, double Machine, TimeSpan Window)
    {
        public double Others => Math.Max(0, Machine - Http - Worker - Postgres - RabbitMq - Bench);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"http {Http:F2}, worker {Worker:F2}, postgres {Postgres:F2}, rabbitmq {RabbitMq:F2}, bench {Bench:F2}, others {Others:F2} (machine {Machine:F2} of {Environment.ProcessorCount})");
    }

    public sealed class Sample(Dictionary<string, long> ticks, long at)
    {
        public Dictionary<string, long> Ticks { get; } = ticks;
        public long At { get; } = at;
    }

    public Sample Take()
    {
        var processes = ReadAllProcesses();
        var ticks = new Dictionary<string, long>
        {
            ["http"] = system.Http is { HasExited: false } h && processes.TryGetValue(h.Id, out var hp) ? hp.Ticks : 0,
            ["worker"] = system.Worker is { HasExited: false } w && processes.TryGetValue(w.Id, out var wp) ? wp.Ticks : 0,
            ["postgres"] = TreeTicks(processes, PidFromFile(Path.Combine(root, "pg", "data", "postmaster.pid"))),
            ["rabbitmq"] = TreeTicks(processes, PidFromFile(Path.Combine(root, "rabbit", "rabbit.pid"))),
            ["bench"] = processes.TryGetValue(Environment.ProcessId, out var bp) ? bp.Ticks : 0,
            ["machine"] = MachineBusyTicks(),
        };
        return new Sample(ticks, Stopwatch.GetTimestamp());
    }

    /// <summary>Average cores busy between two samples (same HTTP/worker processes assumed).</summary>
    public static Usage Between(Sample start, Sample end)
    {
        var seconds = Stopwatch.GetElapsedTime(start.At, end.At).TotalSeconds;
        double Cores(string key) => Math.Max(0, end.Ticks[key] - start.Ticks[key]) / TicksPerSecond / seconds;
        return new Usage(Cores("http"), Cores("worker"), Cores("postgres"), Cores("rabbitmq"), Cores("bench"), Cores("machine"),
            TimeSpan.FromSeconds(seconds));
    }

    private static long TreeTicks(Dictionary<int, (int Parent, long Ticks)> processes, int? rootPid)
    {
        if (rootPid is not { } pid || !processes.ContainsKey(pid))
        {
            return 0;
        }
        var members = new HashSet<int> { pid };
        bool grew;
        do
        {
            grew = false;
            foreach (var (id, info) in processes)
            {
                if (!members.Contains(id) && members.Contains(info.Parent))
                {
                    grew |= members.Add(id);
                }
            }
        }
        while (grew);
        return members.Sum(id => processes[id].Ticks);
    }

    private static Dictionary<int, (int Parent, long Ticks)> ReadAllProcesses()
    {
        var result = new Dictionary<int, (int, long)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After "pid (comm) ": state ppid ... utime(14th field) stime(15th) cutime cstime. cutime and cstime hold
                // the CPU of children this process has reaped: without them a PostgreSQL backend or autovacuum worker
                // that exits between two samples takes its CPU out of the tree's sum (the burst phase, where the
                // stopped worker's backends exit, read 0.00 cores of PostgreSQL).
                result[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture),
                    fields.Skip(11).Take(4).Sum(f => long.Parse(f, CultureInfo.InvariantCulture)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
            }
        }
        return result;
    }

    private static long MachineBusyTicks()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal (guest counted in user)
        return cpu.Take(8).Sum() - cpu[3] - cpu[4];
    }

    private static int? PidFromFile(string path)
    {
        try
        {
            return int.TryParse(File.ReadLines(path).FirstOrDefault()?.Trim(), out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
