using Microsoft.EntityFrameworkCore.Design;

namespace TodoFunctions.Core.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without starting a host.</summary>
internal sealed class TodoDbContextFactory : IDesignTimeDbContextFactory<TodoDbContext>
{
    public TodoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TodoDbContext>()
            .UseNpgsql("Host=localhost;Database=todo_design_time")
            .Options);
}
