using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace TodoFunctions.Core.Operations;

/// <summary>
/// Queue figures from the RabbitMQ management API when given (<c>--management http://host:15672</c>, the
/// AMQP URI's user and password), otherwise from AMQP passive declares: ready messages and consumers only.
/// </summary>
public sealed class QueueProbe(IConnection? connection, Uri amqp, Uri? management) : IDisposable
{
    private readonly HttpClient? _http = management is null ? null : CreateClient(management, amqp);

    public async Task<QueueFigures> ReadAsync(string queue, CancellationToken cancellationToken) =>
        _http is null ? await FromAmqpAsync(queue, cancellationToken) : await FromManagementAsync(queue, cancellationToken);

    private async Task<QueueFigures> FromAmqpAsync(string queue, CancellationToken cancellationToken)
    {
        if (connection is null)
        {
            throw new InvalidOperationException("Neither an AMQP connection nor the management API to read queues from.");
        }
        // A passive declare of a missing queue closes its channel, so each queue gets its own.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var ok = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return new QueueFigures(queue, true, ok.MessageCount, ok.ConsumerCount);
        }
        catch (OperationInterruptedException)
        {
            return new QueueFigures(queue, false, 0, 0);
        }
    }

    private async Task<QueueFigures> FromManagementAsync(string queue, CancellationToken cancellationToken)
    {
        var vhost = Uri.UnescapeDataString(amqp.AbsolutePath.TrimStart('/'));
        using var response = await _http!.GetAsync($"api/queues/{Uri.EscapeDataString(vhost.Length == 0 ? "/" : vhost)}/{Uri.EscapeDataString(queue)}", cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return new QueueFigures(queue, false, 0, 0);
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The management API answered {(int)response.StatusCode} for {queue}.", null, response.StatusCode);
        }
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        double? Rate(string name) => json["message_stats"]?[name]?["rate"]?.GetValue<double>() ?? 0;
        return new QueueFigures(queue, true, json["messages_ready"]?.GetValue<long>() ?? 0, json["consumers"]?.GetValue<long>() ?? 0,
            json["messages_unacknowledged"]?.GetValue<long>() ?? 0, Rate("publish_details"), Rate("deliver_get_details"));
    }

    private static HttpClient CreateClient(Uri management, Uri amqp)
    {
        var client = new HttpClient { BaseAddress = new Uri(management.ToString().TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(5) };
        var userInfo = Uri.UnescapeDataString(amqp.UserInfo);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(userInfo.Length == 0 ? "guest:guest" : userInfo)));
        return client;
    }

    public void Dispose() => _http?.Dispose();
}
