using TodoFunctions.Testing;

namespace TodoFunctions.Http.Tests;

/// <summary>
/// Stops and restarts a RabbitMQ node of its own (not the shared one, which other tests use meanwhile).
/// </summary>
public sealed class BrokerOutageTests(OwnRabbitMq rabbit) : IClassFixture<OwnRabbitMq>
{
    [Fact]
    public async Task WithTheBrokerDownWritesAnswer503AndNothingAcceptedIsLost()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await LocalApp.ServersAsync(s =>
        {
            s["ConnectionStrings:RabbitMQ"] = rabbit.Amqp;
            s["Messaging:PublishTimeout"] = "00:00:02";
        });
        using var api = await app.Api().SignUpAsync();
        // With a 2 s publish timeout, the first publish can time out while a loaded machine is still opening the
        // broker connection; that is a 503 the client retries with its key, not the outage under test.
        HttpResponseMessage before;
        var warmUp = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            before = await api.Http.SendAsync(KeyedCreate("Before the outage", "before-key"), ct);
        }
        while (before.StatusCode == HttpStatusCode.ServiceUnavailable && warmUp.Elapsed < TimeSpan.FromSeconds(60) && await Delay(ct));
        Assert.Equal(HttpStatusCode.Accepted, before.StatusCode);
        await api.WaitAsync(await before.Content.ReadFromJsonAsync<JsonElement>(ct));

        // A burst of writes, with the broker stopped in the middle of it. A 503 does not prove the broker
        // never stored the message (its confirm may be what was lost), so each write carries a key.
        var burst = Enumerable.Range(0, 200).Select(i => api.Http.SendAsync(KeyedCreate($"Burst {i}", $"burst-{i}"), ct)).ToList();
        await Task.Delay(50, ct);
        await rabbit.StopAppAsync();
        var responses = await Task.WhenAll(burst);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Accepted, HttpStatusCode.ServiceUnavailable }));
        var unconfirmed = responses.Select((r, i) => (r, i)).Where(x => x.r.StatusCode != HttpStatusCode.Accepted).Select(x => x.i).ToList();

        var refused = await api.Http.SendAsync(KeyedCreate("during the outage", "outage-key"), ct);
        await Problem.AssertAsync(refused, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Http.GetAsync("/api/ready", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/api/todos", ct)).StatusCode);

        await rabbit.StartAppAsync();

        // The client retries with the same key until the broker is back; it is applied once.
        HttpResponseMessage retried;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(500, ct);
            retried = await api.Http.SendAsync(KeyedCreate("during the outage", "outage-key"), ct);
        }
        while (retried.StatusCode == HttpStatusCode.ServiceUnavailable && watch.Elapsed < TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        var again = await api.Http.SendAsync(KeyedCreate("during the outage", "outage-key"), ct);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        await api.WaitAsync(await retried.Content.ReadFromJsonAsync<JsonElement>(ct));
        foreach (var i in unconfirmed)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await api.Http.SendAsync(KeyedCreate($"Burst {i}", $"burst-{i}"), ct)).StatusCode);
        }

        var expected = 1 + 200 + 1;
        var total = 0;
        for (var i = 0; i < 300 && total < expected; i++)
        {
            total = (await api.GetJsonAsync("/api/todos?limit=1")).GetProperty("total").GetInt32();
            await Task.Delay(100, ct);
        }
        Assert.Equal(expected, total);
        Assert.Equal(1, (await api.GetJsonAsync("/api/todos?q=during%20the%20outage")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnHttpOnlyHostWithoutABusAnswersReadyFromItsPublisherConnection()
    {
        // Workers:Queues=none on RabbitMQ: no MassTransit bus at all, so /api/ready asks RabbitMqCommandSender.
        var ct = TestContext.Current.CancellationToken;
        await using var app = await LocalApp.ServersAsync(s =>
        {
            s["ConnectionStrings:RabbitMQ"] = rabbit.Amqp;
            s["Workers:Queues"] = "none";
        });
        Assert.Null(app.Services.GetService(typeof(MassTransit.IBusControl)));
        using var client = app.CreateClient();
        await Backbone.EventuallyAsync(async () => (await client.GetAsync("/api/ready", ct)).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "ready with the broker up");

        await rabbit.StopAppAsync();
        try
        {
            await Backbone.EventuallyAsync(async () => (await client.GetAsync("/api/ready", ct)).StatusCode == HttpStatusCode.ServiceUnavailable,
                TimeSpan.FromSeconds(30), "not ready with the broker down");
        }
        finally
        {
            await rabbit.StartAppAsync();
        }
        await Backbone.EventuallyAsync(async () => (await client.GetAsync("/api/ready", ct)).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "ready again once the broker is back");
    }

    private static async Task<bool> Delay(CancellationToken ct)
    {
        await Task.Delay(500, ct);
        return true;
    }

    private static HttpRequestMessage KeyedCreate(string title, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/todos") { Content = JsonContent.Create(new { title }) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
