using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Testing;

namespace TodoFunctions.Http.Tests;

/// <summary>A message type no worker consumes: its exchange is declared by the test or not at all.</summary>
public sealed record Unconsumed(Guid Id);

/// <summary>
/// How commands reach RabbitMQ: RabbitMQ.Client straight to the broker (the default) or MassTransit's publish
/// (<c>Messaging:Publisher=MassTransit</c>, kept for comparison). Both must deliver an envelope the worker
/// applies; the direct one must not report a message as sent when no queue took it, and must heal a channel
/// the broker closed.
/// </summary>
public sealed class PublisherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("RabbitMQ", typeof(RabbitMqCommandSender))]
    [InlineData("MassTransit", typeof(MassTransitCommandSender))]
    public async Task EitherPublisherDeliversCommandsTheWorkerApplies(string publisher, Type expectedSender)
    {
        await using var app = await LocalApp.ServersAsync(s => s["Messaging:Publisher"] = publisher);
        Assert.IsType(expectedSender, app.Services.GetRequiredService<ICommandSender>());
        using var api = await app.Api().SignUpAsync();
        var todo = await api.CreateAndWaitAsync(new { title = $"sent via {publisher}", tags = new[] { "envelope" } });
        var id = todo.GetProperty("id").GetGuid();

        var rename = new HttpRequestMessage(HttpMethod.Patch, $"/api/todos/{id}") { Content = JsonContent.Create(new { title = "renamed" }) };
        var status = await api.WaitAsync(await api.AcceptAsync(rename));
        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        var stored = await api.GetJsonAsync($"/api/todos/{id}");
        Assert.Equal("renamed", stored.GetProperty("title").GetString());
        Assert.Equal("envelope", stored.GetProperty("tags")[0].GetString());
    }

    [Fact]
    public async Task AMessageNoQueueTakesFailsAndAChannelTheBrokerClosedIsReplaced()
    {
        var amqp = await TestServers.RabbitMqAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:RabbitMQ"] = amqp }).Build();
        await using var sender = new RabbitMqCommandSender(configuration);
        var exchange = CommandEnvelope.MessageExchange(typeof(Unconsumed));

        // No exchange at all: the broker closes the channel (404). Every channel of the sender hits it once.
        for (var i = 0; i < 8; i++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => sender.SendAsync(new Unconsumed(Guid.NewGuid()), timeout.Token));
            Assert.False(refused is OperationCanceledException, "a publish to a missing exchange must fail, not hang: " + refused);
        }

        var factory = new ConnectionFactory { Uri = new Uri(amqp) };
        await using var connection = await factory.CreateConnectionAsync(Ct);
        await using var admin = await connection.CreateChannelAsync(cancellationToken: Ct);
        await admin.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: false, autoDelete: false, cancellationToken: Ct);
        try
        {
            // The exchange exists but nothing is bound: mandatory publishing returns it, which is a failure.
            var returned = await Assert.ThrowsAnyAsync<PublishException>(() => sender.SendAsync(new Unconsumed(Guid.NewGuid()), Ct));
            Assert.True(returned.IsReturn);

            var queue = (await admin.QueueDeclareAsync(exclusive: true, cancellationToken: Ct)).QueueName;
            await admin.QueueBindAsync(queue, exchange, "", cancellationToken: Ct);
            var sent = Enumerable.Range(0, 8).Select(_ => new Unconsumed(Guid.NewGuid())).ToList();
            foreach (var message in sent)
            {
                await sender.SendAsync(message, Ct); // on fresh channels: the closed ones were replaced
            }
            var received = new List<string>();
            while (await admin.BasicGetAsync(queue, autoAck: true, Ct) is { } delivery)
            {
                Assert.Equal(CommandEnvelope.ContentType, delivery.BasicProperties.ContentType);
                Assert.Equal(DeliveryModes.Persistent, delivery.BasicProperties.DeliveryMode);
                var envelope = JsonDocument.Parse(delivery.Body).RootElement;
                Assert.Equal(CommandEnvelope.MessageUrn(typeof(Unconsumed)), envelope.GetProperty("messageType")[0].GetString());
                Assert.Equal(delivery.BasicProperties.MessageId, envelope.GetProperty("messageId").GetString());
                received.Add(envelope.GetProperty("message").GetProperty("id").GetString()!);
            }
            Assert.Equal(sent.Select(m => m.Id.ToString()).Order(), received.Order());
        }
        finally
        {
            await admin.ExchangeDeleteAsync(exchange, cancellationToken: Ct);
        }
    }
}
