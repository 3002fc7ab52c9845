namespace TodoFunctions.Core.Contracts;

public enum TodoCommandKind
{
    Create,
    Update,
    Complete,
    Reopen,
    Delete,
}
