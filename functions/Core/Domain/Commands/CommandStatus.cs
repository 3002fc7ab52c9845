namespace TodoFunctions.Core.Domain.Commands;

public enum CommandStatus
{
    Pending,
    Succeeded,
    Failed,
}
