namespace TodoFunctions.Autoscale.Observing;

/// <summary>The scaler could not read the queue: broker down, queue missing, management API failing.</summary>
public sealed class QueueUnreadableException(string message, Exception? inner = null) : Exception(message, inner);
