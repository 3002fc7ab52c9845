using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace TodoFunctions.Autoscale.Observing;

/// <summary>
/// Reads a queue the two ways KEDA's rabbitmq scaler does: <c>amqp</c> — a passive queue declare, whose
/// message count is the ready messages only; <c>http</c> — GET /api/queues/VHOST/QUEUE on the management
/// plugin, whose <c>messages</c> are ready + unacknowledged.
/// </summary>
public sealed class QueueProbe(string amqpUri, string queue, Uri? managementUri) : IAsyncDisposable
{
    private readonly HttpClient _http = CreateHttp(managementUri);
    private IConnection? _connection;
    private IChannel? _channel;

    public bool HasManagement => managementUri is not null;

    /// <summary>Ready count through AMQP (what KEDA's amqp protocol sees).</summary>
    public async Task<QueueDepth> ReadAmqpAsync(CancellationToken cancellationToken)
    {
        try
        {
            _connection ??= await new ConnectionFactory { Uri = new Uri(amqpUri), ClientProvidedName = "autoscale-simulator" }.CreateConnectionAsync(cancellationToken);
            if (_channel is null || _channel.IsClosed)
            {
                _channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
            }
            var ok = await _channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return new QueueDepth(ok.MessageCount, null, (int)ok.ConsumerCount);
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or IOException or TimeoutException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A missing queue closes the channel; a broken connection is rebuilt on the next read.
            if (_connection is { IsOpen: false })
            {
                await _connection.DisposeAsync();
                _connection = null;
            }
            _channel = null;
            throw new QueueUnreadableException(ex.Message, ex);
        }
    }

    /// <summary>Ready and unacknowledged counts through the management API (what KEDA's http protocol sees).</summary>
    public async Task<QueueDepth> ReadManagementAsync(CancellationToken cancellationToken)
    {
        if (managementUri is null)
        {
            throw new InvalidOperationException("No management API given (--management).");
        }
        var vhost = Uri.UnescapeDataString(new Uri(amqpUri).AbsolutePath.TrimStart('/'));
        var path = $"api/queues/{Uri.EscapeDataString(vhost.Length == 0 ? "/" : vhost)}/{Uri.EscapeDataString(queue)}";
        try
        {
            using var response = await _http.GetAsync(new Uri(managementUri, path), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new QueueUnreadableException($"management API answered {(int)response.StatusCode} for {path}");
            }
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = body.RootElement;
            return new QueueDepth(Long(root, "messages_ready"), Long(root, "messages_unacknowledged"), (int)Long(root, "consumers"));
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new QueueUnreadableException(ex.Message, ex);
        }
    }

    /// <summary>The most the simulator can see: both counts when the management API is there, else ready only.</summary>
    public Task<QueueDepth> ReadBestAsync(CancellationToken cancellationToken) =>
        HasManagement ? ReadManagementAsync(cancellationToken) : ReadAmqpAsync(cancellationToken);

    // The management API fills counts in lazily; a queue that was just declared has none yet.
    private static long Long(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    private static HttpClient CreateHttp(Uri? management)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        if (management is { UserInfo.Length: > 0 })
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo)));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
