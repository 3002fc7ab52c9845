namespace TodoFunctions.Core.Operations;

/// <param name="Reason">The error text the worker recorded (a validation message, "does not exist"): never the command's fields.</param>
public sealed record RecentFailure(DateTime CompletedAt, string Kind, string ErrorCode, Guid CommandId, string Reason = "");
