using TodoFunctions.Core.Chat;

namespace TodoFunctions.WritePath.Tests;

/// <summary>A chat turn writes its messages, its changes and its record in one transaction, or nothing.</summary>
public sealed class ChatRollbackTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATurnTheDatabaseRefusesMidwayLeavesNothingAndItsRedeliveryAppliesOnce()
    {
        await using var store = await EmbeddedStore.StartAsync();
        await store.RefuseTitleAsync("Buy oat milk");
        var turn = new ChatCommand
        {
            CommandId = Guid.NewGuid(),
            UserId = store.UserId,
            ConversationId = Guid.NewGuid(),
            Message = "add buy bread and buy oat milk",
            TimeZone = "Europe/London",
            IssuedAt = DateTimeOffset.UtcNow,
        };

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => HandleAsync(store, turn));
        await using (var db = store.Db())
        {
            Assert.False(await db.Todos.AnyAsync(Ct), "a change of the refused turn was kept");
            Assert.False(await db.Conversations.AnyAsync(Ct));
            Assert.False(await db.Messages.AnyAsync(Ct));
            Assert.False(await db.ProcessedCommands.AnyAsync(Ct));
            Assert.False(await db.UserEvents.AnyAsync(Ct));
        }

        await store.AcceptAllTitlesAsync();
        await HandleAsync(store, turn);
        await HandleAsync(store, turn);

        await using (var db = store.Db())
        {
            var titles = await db.Todos.Select(t => t.Title).OrderBy(t => t).ToListAsync(Ct);
            Assert.Equal(["Buy bread", "Buy oat milk"], titles);
            Assert.Equal(2, await db.Messages.CountAsync(Ct));
            Assert.Equal(1, await db.ProcessedCommands.CountAsync(p => p.Id == turn.CommandId, Ct));
            Assert.Equal(2, await db.UserEvents.CountAsync(Ct));
        }
    }

    private static async Task HandleAsync(EmbeddedStore store, ChatCommand turn)
    {
        await using var scope = store.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ChatTurnHandler>().HandleAsync(turn, Ct);
    }
}
