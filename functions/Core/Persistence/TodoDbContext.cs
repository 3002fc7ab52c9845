using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Domain.Conversations;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Domain.Users;

namespace TodoFunctions.Core.Persistence;

/// <remarks>
/// PostgreSQL migrations live in Migrations/. After changing the model:
/// <c>dotnet ef migrations add NAME --project functions/Core --startup-project functions/Core -o Persistence/Migrations</c>,
/// then regenerate the compiled model PostgreSQL runs on (Persistence/CompiledModel; functions/Core/README.md).
/// SQLite (the embedded default) is created from the model on start instead.
/// </remarks>
public sealed class TodoDbContext(DbContextOptions<TodoDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<Todo> Todos => Set<Todo>();
    public DbSet<ProcessedCommand> ProcessedCommands => Set<ProcessedCommand>();
    public DbSet<ParkedCommand> ParkedCommands => Set<ParkedCommand>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ConversationMessage> Messages => Set<ConversationMessage>();
    public DbSet<Domain.Reminders.Reminder> Reminders => Set<Domain.Reminders.Reminder>();
    public DbSet<Domain.Events.UserEvent> UserEvents => Set<Domain.Events.UserEvent>();
    public DbSet<Domain.Events.UserEventTrim> UserEventTrims => Set<Domain.Events.UserEventTrim>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TodoDbContext).Assembly);
}
