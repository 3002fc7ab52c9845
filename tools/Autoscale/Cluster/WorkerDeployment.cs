namespace TodoFunctions.Autoscale.Cluster;

/// <summary>
/// A Deployment's ReplicaSet reduced to what scaling needs: it keeps <see cref="SpecReplicas"/> worker
/// processes running. Scaling in SIGTERMs the youngest replicas first (the ReplicaSet deletes the most recently
/// started pods first, all else equal), counts them as terminating (no longer in status.replicas) and
/// SIGKILLs any still alive after the grace period. A replica that dies on its own is replaced.
/// </summary>
public sealed class WorkerDeployment(WorkerLaunch launch, TimeSpan terminationGracePeriod) : IDisposable
{
    private readonly List<WorkerReplica> _running = [];
    private readonly List<WorkerReplica> _terminating = [];
    private readonly List<TerminationRecord> _ended = [];
    private int _nextOrdinal = 1;

    public int SpecReplicas { get; private set; }

    /// <summary>Replicas started and not terminating: the scale's status.replicas.</summary>
    public int Running => _running.Count;

    public int Terminating => _terminating.Count;

    public int Started => _nextOrdinal - 1;

    public IReadOnlyList<TerminationRecord> Ended => _ended;

    public TimeSpan TerminationGracePeriod => terminationGracePeriod;

    /// <summary>Output of replicas that ended, for diagnosing a failed run.</summary>
    public List<string> EndedOutput { get; } = [];

    public void Scale(int replicas, DateTimeOffset now)
    {
        SpecReplicas = replicas;
        Reconcile(now);
    }

    /// <summary>One pass of the ReplicaSet controller and the kubelet: reap, replace, start, stop, kill.</summary>
    public void Reconcile(DateTimeOffset now)
    {
        foreach (var replica in _running.Where(r => r.HasExited).ToList())
        {
            _running.Remove(replica);
            End(replica, now);
        }
        foreach (var replica in _terminating.Where(r => r.HasExited).ToList())
        {
            _terminating.Remove(replica);
            End(replica, now);
        }
        while (_running.Count < SpecReplicas)
        {
            _running.Add(WorkerReplica.Start(_nextOrdinal++, launch, now));
        }
        foreach (var replica in _running.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Ordinal).Take(_running.Count - SpecReplicas).ToList())
        {
            replica.Terminate(now);
            _running.Remove(replica);
            _terminating.Add(replica);
        }
        foreach (var replica in _terminating.Where(r => now - r.TerminatingSince!.Value > terminationGracePeriod))
        {
            replica.KillNow();
        }
    }

    /// <summary>Scales to zero and waits until every replica has exited (SIGKILL after the grace period).</summary>
    public async Task StopAllAsync(TimeProvider time)
    {
        Scale(0, time.GetUtcNow());
        while (_terminating.Count > 0)
        {
            await Task.Delay(100);
            Reconcile(time.GetUtcNow());
        }
    }

    private void End(WorkerReplica replica, DateTimeOffset now)
    {
        _ended.Add(new TerminationRecord(replica.Name, replica.ProcessId, replica.TerminatingSince, now, replica.ExitCode ?? -1, replica.Killed));
        if (replica.TerminatingSince is null || replica.ExitCode != 0)
        {
            EndedOutput.Add($"--- {replica.Name} (pid {replica.ProcessId}) exited {replica.ExitCode}{(replica.Killed ? " after SIGKILL" : "")}:");
            EndedOutput.AddRange(replica.Tail());
        }
        replica.Dispose();
    }

    public void Dispose()
    {
        foreach (var replica in _running.Concat(_terminating))
        {
            replica.Dispose();
        }
        _running.Clear();
        _terminating.Clear();
    }
}
