namespace TodoFunctions.Chat.References;

/// <summary>Which tasks a reference may pick: complete looks only at pending tasks, reopen only at completed ones.</summary>
public enum ReferenceScope { All, Pending, Completed }
