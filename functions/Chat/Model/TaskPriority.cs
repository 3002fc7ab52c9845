namespace TodoFunctions.Chat;

public enum TaskPriority { None, Low, Medium, High }
