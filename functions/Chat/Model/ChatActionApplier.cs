namespace TodoFunctions.Chat;

/// <summary>Applies a plan's actions to a task list without touching the input; hosts and tests share one meaning of each action.</summary>
public static class ChatActionApplier
{
    public static List<ChatTask> Apply(IEnumerable<ChatTask> tasks, IEnumerable<ChatAction> actions)
    {
        var list = tasks.ToList();
        foreach (var action in actions)
        {
            switch (action)
            {
                case AddTask add:
                    list.Add(new ChatTask(add.Id, add.Title, add.Description, add.Due, add.Priority, add.Tags.ToList(), false, add.Recurrence, add.Reminders));
                    break;
                case CompleteTask complete:
                    Replace(list, complete.Id, t => t with { Completed = true });
                    break;
                case ReopenTask reopen:
                    Replace(list, reopen.Id, t => t with { Completed = false });
                    break;
                case DeleteTask delete:
                    list.RemoveAll(t => t.Id == delete.Id);
                    break;
                case UpdateTask update:
                    Replace(list, update.Id, t => ApplyUpdate(t, update));
                    break;
            }
        }

        return list;
    }

    public static ChatTask ApplyUpdate(ChatTask task, UpdateTask update)
    {
        var tags = update.ClearTags ? new List<string>() : task.Tags.ToList();
        if (update.RemoveTags is not null)
        {
            tags.RemoveAll(t => update.RemoveTags.Contains(t, StringComparer.OrdinalIgnoreCase));
        }

        if (update.AddTags is not null)
        {
            foreach (var tag in update.AddTags)
            {
                if (!tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
                {
                    tags.Add(tag);
                }
            }
        }

        return task with
        {
            Title = update.Title ?? task.Title,
            Description = update.Description ?? task.Description,
            Due = update.Due is null ? task.Due : update.Due.NewDue,
            Priority = update.Priority ?? task.Priority,
            Tags = tags,
            Recurrence = update.Repeat is null ? task.Recurrence : update.Repeat.NewRule,
            Reminders = update.Reminders is null ? task.Reminders
                : [.. (update.Reminders.Clear ? [] : task.Reminders ?? []), .. update.Reminders.Add],
        };
    }

    private static void Replace(List<ChatTask> list, Guid id, Func<ChatTask, ChatTask> change)
    {
        var index = list.FindIndex(t => t.Id == id);
        if (index >= 0)
        {
            list[index] = change(list[index]);
        }
    }
}
