using System.Linq.Expressions;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Services;

/// <summary>Reads go straight to the database; every query is scoped to one user.</summary>
/// <param name="plainListing">On PostgreSQL, the unfiltered listing by creation time without EF Core.</param>
public sealed class TodoQueries(TodoDbContext db, PostgresPlainListing? plainListing = null)
{
    public async Task<TodoView?> GetAsync(Guid userId, Guid todoId, CancellationToken cancellationToken)
    {
        var todo = await db.Todos.AsNoTracking().FirstOrDefaultAsync(t => t.Id == todoId && t.UserId == userId, cancellationToken);
        return todo is null ? null : TodoView.From(todo);
    }

    public Task<TodoPage> ListAsync(Guid userId, TodoQuery query, CancellationToken cancellationToken) =>
        plainListing is not null && PostgresPlainListing.Serves(query)
            ? plainListing.ListAsync(userId, query, cancellationToken)
            : ListWithEfAsync(userId, query, cancellationToken);

    /// <summary>Any listing, on either provider; tests compare <see cref="PostgresPlainListing"/> with it.</summary>
    public async Task<TodoPage> ListWithEfAsync(Guid userId, TodoQuery query, CancellationToken cancellationToken)
    {
        var todos = db.Todos.AsNoTracking().Where(t => t.UserId == userId);
        todos = query.Status switch
        {
            TodoStatusFilter.Pending => todos.Where(t => !t.Completed),
            TodoStatusFilter.Completed => todos.Where(t => t.Completed),
            _ => todos,
        };
        if (query.DueBeforeUtc is { } before)
        {
            todos = todos.Where(t => t.DueSortUtc != null && t.DueSortUtc < before);
        }
        if (query.DueAfterUtc is { } after)
        {
            todos = todos.Where(t => t.DueSortUtc != null && t.DueSortUtc >= after);
        }
        if (query.Overdue is { } overdue)
        {
            var now = query.NowUtc;
            var today = query.Today;
            Expression<Func<Todo, bool>> isOverdue = t => !t.Completed && t.DueDate != null &&
                ((t.DueTime != null && t.DueSortUtc < now) || (t.DueTime == null && t.DueDate < today));
            todos = overdue ? todos.Where(isOverdue) : todos.Where(Negate(isOverdue));
        }
        if (query.Priority is { } priority)
        {
            todos = todos.Where(t => t.Priority == priority);
        }
        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = query.Tag.Trim().TrimStart('#').ToLowerInvariant();
            todos = todos.Where(t => t.Tags.Contains(tag));
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLower();
            todos = todos.Where(t => t.Title.ToLower().Contains(text) || (t.Description != null && t.Description.ToLower().Contains(text)));
        }

        // One row past the page says whether more follow; only then (or past the end) is counting needed, so
        // a list that fits one page costs one statement instead of two.
        var page = await Sort(todos, query).Skip(query.Skip).Take(query.Take + 1).ToListAsync(cancellationToken);
        var morePages = page.Count > query.Take;
        if (morePages)
        {
            page.RemoveAt(page.Count - 1);
        }
        var total = morePages || (page.Count == 0 && query.Skip > 0)
            ? await todos.CountAsync(cancellationToken)
            : query.Skip + page.Count;
        return new TodoPage([.. page.Select(TodoView.From)], total, query.Skip, query.Take);
    }

    private static IQueryable<Todo> Sort(IQueryable<Todo> todos, TodoQuery query) => (query.Sort, query.Descending) switch
    {
        (TodoSort.Due, false) => todos.OrderBy(t => t.DueSortUtc == null).ThenBy(t => t.DueSortUtc).ThenBy(t => t.Id),
        (TodoSort.Due, true) => todos.OrderBy(t => t.DueSortUtc == null).ThenByDescending(t => t.DueSortUtc).ThenBy(t => t.Id),
        (TodoSort.Priority, false) => todos.OrderBy(PriorityRank).ThenBy(t => t.Id),
        (TodoSort.Priority, true) => todos.OrderByDescending(PriorityRank).ThenBy(t => t.Id),
        (TodoSort.Title, false) => todos.OrderBy(t => t.Title).ThenBy(t => t.Id),
        (TodoSort.Title, true) => todos.OrderByDescending(t => t.Title).ThenBy(t => t.Id),
        (TodoSort.Updated, false) => todos.OrderBy(t => t.UpdatedAt).ThenBy(t => t.Id),
        (TodoSort.Updated, true) => todos.OrderByDescending(t => t.UpdatedAt).ThenBy(t => t.Id),
        (_, true) => todos.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id),
        _ => todos.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id),
    };

    // Priorities are stored as strings; rank them in SQL so both providers sort by importance.
    private static readonly Expression<Func<Todo, int>> PriorityRank = t =>
        t.Priority == TodoPriority.High ? 3 : t.Priority == TodoPriority.Medium ? 2 : t.Priority == TodoPriority.Low ? 1 : 0;

    private static Expression<Func<Todo, bool>> Negate(Expression<Func<Todo, bool>> predicate) =>
        Expression.Lambda<Func<Todo, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
