using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TodoFunctions.Core.Persistence;
using TodoFunctions.Core.Persistence.CompiledModel;

namespace TodoFunctions.Core.Tests;

/// <summary>
/// PostgreSQL runs on the model compiled ahead of time (Persistence/CompiledModel). It must describe the same tables
/// as the model the entity configurations build at run time; when a configuration changes, regenerate it
/// (the command is in Persistence/README.md) or this fails and names what differs.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void TheCompiledModelMatchesTheModelTheConfigurationsBuild()
    {
        using var building = new TodoDbContext(new DbContextOptionsBuilder<TodoDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);
        // Through a context, as the hosts use it: EF initialises the compiled model's runtime parts (type mappings) there.
        using var compiledContext = new TodoDbContext(new DbContextOptionsBuilder<TodoDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=unused").UseModel(TodoDbContextModel.Instance).Options);
        var built = Describe(building.Model).Split('\n');
        var compiled = Describe(compiledContext.Model).Split('\n');

        Assert.True(built.Length > 100, $"the description is too thin to compare ({built.Length} lines)");
        Assert.Equal(built, compiled);
    }

    [Fact]
    public void TheRunningPostgresContextUsesTheCompiledModel()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Todo"] = "Host=127.0.0.1;Username=u" }).Build();
        using var services = new ServiceCollection().AddLogging().AddTodoPersistence(configuration).BuildServiceProvider();
        using var scope = services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<TodoDbContext>().Model;
        Assert.Same(TodoDbContextModel.Instance, model);
    }

    private static string Describe(IModel model)
    {
        var text = new StringBuilder();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.Append($"entity {entity.Name} table {entity.GetTableName()}\n");
            foreach (var property in entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var mapping = property.GetRelationalTypeMapping();
                text.Append($"  property {property.Name} {property.ClrType.Name} column {property.GetColumnName()} {property.GetColumnType()} " +
                    $"nullable {property.IsNullable} max {property.GetMaxLength()} generated {property.ValueGenerated} " +
                    $"concurrency {property.IsConcurrencyToken} converter {property.GetValueConverter()?.GetType().Name ?? mapping.Converter?.GetType().Name} " +
                    $"default {property.GetDefaultValueSql()} {property.GetDefaultValue()}\n");
            }
            foreach (var key in entity.GetKeys().OrderBy(k => k.GetName(), StringComparer.Ordinal))
            {
                text.Append($"  key {key.GetName()} ({string.Join(", ", key.Properties.Select(p => p.Name))}) primary {key.IsPrimaryKey()}\n");
            }
            foreach (var index in entity.GetIndexes().OrderBy(i => i.GetDatabaseName(), StringComparer.Ordinal))
            {
                text.Append($"  index {index.GetDatabaseName()} ({string.Join(", ", index.Properties.Select(p => p.Name))}) unique {index.IsUnique} filter {index.GetFilter()}\n");
            }
            foreach (var foreignKey in entity.GetForeignKeys().OrderBy(f => f.GetConstraintName(), StringComparer.Ordinal))
            {
                text.Append($"  foreign key {foreignKey.GetConstraintName()} ({string.Join(", ", foreignKey.Properties.Select(p => p.Name))}) " +
                    $"→ {foreignKey.PrincipalEntityType.Name} delete {foreignKey.DeleteBehavior} required {foreignKey.IsRequired}\n");
            }
        }
        return text.ToString();
    }
}
