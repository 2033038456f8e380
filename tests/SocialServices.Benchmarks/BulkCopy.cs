using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace SocialServices.Benchmarks;

/// <summary>
/// Writes entities built through the domain's own constructors and methods to PostgreSQL with binary COPY, driven by
/// the app's EF model: table and column names, value converters (enums as strings, JSON as jsonb, primitive
/// collections as arrays), shadow properties and owned types all come from the model, so the rows are what
/// <c>SaveChanges</c> would have written. Keys are assigned here (from per-table counters) before the entities are
/// attached, so EF's fix-up fills the foreign keys of children; the identity sequences are moved past them at the end.
/// The xmin row version and identity-always columns are left to the database.
/// </summary>
public sealed partial class BulkCopy(IModel model, NpgsqlConnection connection)
{
    private readonly Dictionary<IEntityType, TableMap> _maps = [];
    private readonly Dictionary<string, int> _nextIds = [];
    private readonly Dictionary<string, long> _rows = [];
    private List<IEntityType>? _order;

    /// <summary>Rows written per table so far.</summary>
    public IReadOnlyDictionary<string, long> Rows => _rows;

    /// <summary>Starts every table's id counter after the highest id already stored.</summary>
    public async Task InitialiseCountersAsync(CancellationToken ct)
    {
        foreach (var type in model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null))
        {
            var key = IntKey(type);
            if (key is null)
            {
                continue;
            }

            var table = type.GetTableName()!;
            await using var command = new NpgsqlCommand($"SELECT COALESCE(MAX(\"{key.GetColumnName()}\"), 0) FROM \"{table}\"", connection);
            _nextIds[table] = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) + 1;
        }
    }

    /// <summary>Gives the entity and every child it owns through navigations a key of its own (when it has none yet).</summary>
    public void AssignIds(object entity)
    {
        var type = model.FindEntityType(entity.GetType());
        if (type is null || type.IsOwned())
        {
            return;
        }

        var key = IntKey(type);
        if (key is not null && Convert.ToInt64(Get(key, entity), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            var table = type.GetTableName()!;
            var id = _nextIds.GetValueOrDefault(table, 1);
            _nextIds[table] = id + 1;
            Set(key, entity, id);
        }

        foreach (var navigation in type.GetNavigations().Where(n => !n.IsOnDependent && !n.TargetEntityType.IsOwned()))
        {
            var value = navigation.GetGetter().GetClrValue(entity);
            if (value is IEnumerable children and not string)
            {
                foreach (var child in children)
                {
                    AssignIds(child);
                }
            }
            else if (value is not null)
            {
                AssignIds(value);
            }
        }
    }

    /// <summary>The key a new entity of this type gets next (for entities that must know a parent's id before it is built).</summary>
    public int Reserve<T>()
    {
        var table = model.FindEntityType(typeof(T))!.GetTableName()!;
        var id = _nextIds.GetValueOrDefault(table, 1);
        _nextIds[table] = id + 1;
        return id;
    }

    public void SetId(object entity, int id)
    {
        var type = model.FindEntityType(entity.GetType())!;
        Set(IntKey(type)!, entity, id);
    }

    /// <summary>Copies every entity the context tracks as Added, table by table in foreign-key order, then clears the tracker.</summary>
    public async Task FlushAsync(DbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var byType = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && !e.Metadata.IsOwned())
            .GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var type in Order())
        {
            if (!byType.TryGetValue(type, out var entries))
            {
                continue;
            }

            var map = MapOf(type);
            await using (var importer = await connection.BeginBinaryImportAsync(map.CopyCommand, ct))
            {
                foreach (var entry in entries)
                {
                    await importer.StartRowAsync(ct);
                    foreach (var column in map.Columns)
                    {
                        var value = column.Read(entry);
                        if (value is null)
                        {
                            await importer.WriteNullAsync(ct);
                        }
                        else
                        {
                            await importer.WriteAsync(value, column.DataType, ct);
                        }
                    }
                }

                await importer.CompleteAsync(ct);
            }

            _rows[map.Table] = _rows.GetValueOrDefault(map.Table) + entries.Count;
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>Moves every identity sequence past the ids written here.</summary>
    public async Task ResetSequencesAsync(CancellationToken ct)
    {
        foreach (var type in model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null))
        {
            var key = IntKey(type);
            if (key is null || key.ValueGenerated == ValueGenerated.Never)
            {
                continue;
            }

            var table = type.GetTableName()!;
            var column = key.GetColumnName();
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST((SELECT MAX(\"{column}\") FROM \"{table}\"), 1)) WHERE pg_get_serial_sequence('\"{table}\"', '{column}') IS NOT NULL",
                connection);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static IProperty? IntKey(IEntityType type)
    {
        var key = type.FindPrimaryKey();
        return key is { Properties.Count: 1 } && key.Properties[0].ClrType == typeof(int) && !key.Properties[0].IsShadowProperty() ? key.Properties[0] : null;
    }

    private static object? Get(IProperty property, object entity) => property.GetGetter().GetClrValue(entity);

    private static void Set(IProperty property, object entity, int value)
    {
        if (property.FieldInfo is { } field)
        {
            field.SetValue(entity, value);
        }
        else
        {
            property.PropertyInfo!.SetValue(entity, value, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance, null, null, null);
        }
    }

    /// <summary>Principal tables before their dependents.</summary>
    private List<IEntityType> Order()
    {
        if (_order is not null)
        {
            return _order;
        }

        var types = model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null).ToList();
        var done = new HashSet<IEntityType>();
        var order = new List<IEntityType>();
        void Visit(IEntityType type, HashSet<IEntityType> path)
        {
            if (done.Contains(type) || !path.Add(type))
            {
                return;
            }

            foreach (var principal in type.GetForeignKeys().Select(f => f.PrincipalEntityType).Where(p => p != type && !p.IsOwned()))
            {
                Visit(principal, path);
            }

            path.Remove(type);
            if (done.Add(type))
            {
                order.Add(type);
            }
        }

        foreach (var type in types)
        {
            Visit(type, []);
        }

        _order = order;
        return order;
    }

    private TableMap MapOf(IEntityType type)
    {
        if (_maps.TryGetValue(type, out var map))
        {
            return map;
        }

        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var columns = new List<Column>();
        foreach (var property in type.GetProperties())
        {
            if (Skip(property, store))
            {
                continue;
            }

            columns.Add(new Column(property.GetColumnName(store)!, DataTypeOf(property), entry => Provider(property, entry.Property(property).CurrentValue)));
        }

        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
        {
            foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => !p.IsPrimaryKey() && !Skip(p, store)))
            {
                columns.Add(new Column(property.GetColumnName(store)!, DataTypeOf(property), entry =>
                {
                    var owned = entry.Reference(navigation.Name).TargetEntry;
                    return owned is null ? null : Provider(property, owned.Property(property).CurrentValue);
                }));
            }
        }

        var names = string.Join(", ", columns.Select(c => "\"" + c.Name + "\""));
        map = new TableMap(table, $"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", columns);
        _maps[type] = map;
        return map;
    }

    private static bool Skip(IProperty property, StoreObjectIdentifier store) =>
        property.GetColumnName(store) is null or "xmin"
        || property.GetComputedColumnSql() is not null
        || property.GetValueGenerationStrategy() == NpgsqlValueGenerationStrategy.IdentityAlwaysColumn;

    private static string DataTypeOf(IProperty property) => Facets().Replace(property.GetColumnType(), string.Empty);

    private static object? Provider(IProperty property, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var mapping = property.GetTypeMapping();
        var converter = property.GetValueConverter() ?? mapping.Converter;
        if (converter is not null)
        {
            return converter.ConvertToProvider(value);
        }

        // A primitive collection whose elements convert (a list of enums stored as an integer array).
        if (value is IEnumerable items and not string and not byte[] && mapping.ElementTypeMapping?.Converter is { } element)
        {
            var converted = items.Cast<object>().Select(i => element.ConvertToProvider(i)).ToList();
            var array = Array.CreateInstance(element.ProviderClrType, converted.Count);
            for (var i = 0; i < converted.Count; i++)
            {
                array.SetValue(converted[i], i);
            }

            return array;
        }

        return value;
    }

    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex Facets();

    private sealed record Column(string Name, string DataType, Func<EntityEntry, object?> Read);

    private sealed record TableMap(string Table, string CopyCommand, IReadOnlyList<Column> Columns);
}
