using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kinerja.EventStore;

/// <summary>
/// Explicit, versioned names for event types (<c>agreement.target-revised.v1</c>), never derived from CLR
/// names, and upcasters that turn an old stored shape into the next one at read time.
/// </summary>
public sealed partial class EventTypeRegistry
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _names = [];
    private readonly Dictionary<string, (string To, Func<JsonNode, JsonNode> Upcast)> _upcasters = new(StringComparer.Ordinal);

    public EventTypeRegistry Register<T>(string name) where T : notnull => Register(typeof(T), name);

    public EventTypeRegistry Register(Type type, string name)
    {
        CheckName(name);
        if (!_types.TryAdd(name, type) || !_names.TryAdd(type, name))
        {
            throw new InvalidOperationException($"Event type name '{name}' or type {type.Name} is registered twice.");
        }
        return this;
    }

    /// <summary>Stored events named <paramref name="from"/> are read as <paramref name="to"/> after <paramref name="upcast"/>.</summary>
    public EventTypeRegistry Upcast(string from, string to, Func<JsonNode, JsonNode> upcast)
    {
        CheckName(from);
        CheckName(to);
        if (!_upcasters.TryAdd(from, (to, upcast)))
        {
            throw new InvalidOperationException($"Event type '{from}' already has an upcaster.");
        }
        return this;
    }

    internal string NameOf(Type type) =>
        _names.TryGetValue(type, out var name)
            ? name
            : throw new UnknownEventTypeException($"{type.FullName} is not registered as an event type: register it with an explicit versioned name.");

    internal (string Name, object Data) Deserialize(string storedName, string json, JsonSerializerOptions options)
    {
        if (!_upcasters.ContainsKey(storedName))
        {
            return (storedName, JsonSerializer.Deserialize(json, TypeOf(storedName), options)!);
        }
        var name = storedName;
        var node = JsonNode.Parse(json)!;
        for (var hops = 0; _upcasters.TryGetValue(name, out var step); hops++)
        {
            if (hops > 100)
            {
                throw new InvalidOperationException($"The upcasters of '{storedName}' form a cycle.");
            }
            node = step.Upcast(node);
            name = step.To;
        }
        return (name, node.Deserialize(TypeOf(name), options)!);
    }

    private Type TypeOf(string name) =>
        _types.TryGetValue(name, out var type)
            ? type
            : throw new UnknownEventTypeException($"Stored event type '{name}' is not registered and has no upcaster.");

    private static void CheckName(string name)
    {
        if (!VersionedName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a versioned event type name such as 'agreement.target-revised.v1'.", nameof(name));
        }
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*\.v[0-9]+$")]
    private static partial Regex VersionedName();
}
