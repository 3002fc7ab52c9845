using Npgsql;

namespace TodoFunctions.Autoscale.Tests;

/// <summary>
/// The simulator against real RabbitMQ, PostgreSQL and worker processes, with the fixture chart's short
/// timings (pollingInterval 1 s, cooldownPeriod 4 s, HPA sync 1 s, scale up 2 pods / 2 s, scale down
/// 1 pod / 2 s after a 3 s window). One at a time: they share two cores.
/// </summary>
[Collection(nameof(ScalingCollection))]
public sealed class ScaleFromZeroTests : IAsyncLifetime
{
    private ScalingEnvironment _environment = null!;

    public async ValueTask InitializeAsync() => _environment = await ScalingEnvironment.CreateAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _environment.DisposeAsync();

    [Fact]
    public async Task TwentyThousandCommandsScaleZeroToMaxAndBackToZeroAfterTheCooldownEachAppliedOnce()
    {
        var commands = await _environment.PublishCreatesAsync(20_000, "load");
        Assert.Equal(20_000u, await _environment.ReadyAsync(ChartUnderTest.Queue)); // no worker yet: everything waits

        var result = await SimulatorRun.RunAsync(_environment, ["--set", ChartUnderTest.Scaling + "maxReplicaCount=4", "--set", ChartUnderTest.Scaling + "value=1000"]);

        Assert.StartsWith("idle", result.StopReason);
        var first = result.Events[0];
        Assert.Equal(("KEDA", 0, 1), (first.Actor, first.From, first.To));
        Assert.Equal(4, result.MaxRunning);
        Assert.Contains(result.Events, e => e.Actor == "HPA" && e.To == 4);
        var last = result.Events[^1];
        Assert.Equal(("KEDA", 0), (last.Actor, last.To));
        var lastActive = result.Samples.Last(s => s.Seconds < last.Seconds && s.Active);
        Assert.True(last.Seconds - lastActive.Seconds >= 4 - 1, $"scaled to zero {last.Seconds - lastActive.Seconds:0.0} s after the last active sample; cooldownPeriod is 4 s");
        Assert.Equal((0, 0, 0), (result.Samples[^1].Desired, result.Samples[^1].Running, result.Samples[^1].Terminating));
        Assert.All(result.Terminations, t => Assert.False(t.Crashed, $"{t.Name} exited {t.ExitCode} without being asked"));
        await _environment.AssertAppliedExactlyOnceAsync(commands);
    }

    [Fact]
    public async Task ASecondBurstArrivingWhileTheLastWorkersDrainAfterSigtermIsNotLost()
    {
        var commands = (await _environment.PublishCreatesAsync(6_000, "first")).ToList();
        var burstAt = (ScaleEvent?)null;
        var burst = Task.FromResult<IReadOnlyList<TodoCommand>>([]);

        var result = await SimulatorRun.RunAsync(_environment, ["--set", ChartUnderTest.Scaling + "maxReplicaCount=3", "--set", ChartUnderTest.Scaling + "value=1000"],
            simulator => simulator.Scaled += e =>
            {
                if (burstAt is null && e.IsScaleIn && e.To == 0)
                {
                    // KEDA's scale to zero: the workers get SIGTERM right after this; the burst follows 100 ms later,
                    // well inside the simulator's --idle-for, so the run cannot end before it is queued.
                    burstAt = e;
                    burst = Task.Run(async () =>
                    {
                        await Task.Delay(100);
                        return await _environment.PublishCreatesAsync(3_000, "burst");
                    });
                }
            });
        commands.AddRange(await burst);

        Assert.True(burstAt is not null, "KEDA never scaled to zero; the burst was not sent. Events: " + string.Join("; ", result.Events));
        Assert.StartsWith("idle", result.StopReason);
        Assert.Contains(result.Events, e => e.Seconds >= burstAt.Seconds && e is { Actor: "KEDA", From: 0, To: 1 }); // activated again for the burst
        Assert.Equal(0, result.Samples[^1].Running);
        await _environment.AssertAppliedExactlyOnceAsync(commands);
    }

    [Fact]
    public async Task ScaleInSigtermsBusySlowWorkersOnAmqpAndNothingIsLostOrDoubled()
    {
        // A slow consumer: every batch commit waits 500 ms in the database, and a worker takes only
        // 10 commands per batch, so each worker holds up to 100 prefetched, unacknowledged messages for
        // about five seconds after the queue shows none ready — on a fast machine too. With protocol amqp KEDA and the HPA see only the ready ones and scale in while they are held.
        await using (var connection = new NpgsqlConnection(_environment.Postgres))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var slow = new NpgsqlCommand("""
                CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.5); RETURN NULL; END $$;
                CREATE TRIGGER slow_commit AFTER INSERT ON processed_commands FOR EACH STATEMENT EXECUTE FUNCTION slow_commit();
                """, connection);
            await slow.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        var commands = await _environment.PublishCreatesAsync(1_000, "slow");

        var result = await SimulatorRun.RunAsync(_environment,
        [
            "--set", ChartUnderTest.Scaling + "maxReplicaCount=3", "--set", ChartUnderTest.Scaling + "value=300",
            "--set", "protocol=amqp",
            "--worker-env", "Messaging__PrefetchCount=100", "--worker-env", "Messaging__ConcurrentMessageLimit=100",
            "--worker-env", "Messaging__MaxBatchSize=10", "--worker-env", "Messaging__BatchWriters=1",
        ]);

        Assert.Equal("amqp", result.Protocol);
        var busyScaleIns = result.Events.Where(e => e.IsScaleIn && e.From > 0 && commands.Count - e.Applied - e.Metric > 0).ToList();
        Assert.True(busyScaleIns.Count > 0, "No scale-in happened while commands were in flight; nothing was tested. Events: " + string.Join("; ", result.Events));
        var signalled = result.Terminations.Where(t => !t.Crashed).ToList();
        Assert.NotEmpty(signalled);
        Assert.All(signalled, t => Assert.False(t.Killed, $"{t.Name} did not exit within the grace period after SIGTERM"));
        Assert.StartsWith("idle", result.StopReason);
        await _environment.AssertAppliedExactlyOnceAsync(commands);
    }
}

[CollectionDefinition(nameof(ScalingCollection), DisableParallelization = true)]
public sealed class ScalingCollection;
