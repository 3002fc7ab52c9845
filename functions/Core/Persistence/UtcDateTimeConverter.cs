using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TodoFunctions.Core.Persistence;

/// <summary>Every stored instant is UTC; SQLite forgets the kind, so it is put back on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
