using System.Reflection;
using MassTransit;

namespace Kinerja.EventStore;

/// <summary>Integration message types the outbox may carry, by their stable wire name (the MassTransit URN).</summary>
public sealed class MessageTypeRegistry
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _names = [];

    /// <summary>Registers <typeparamref name="T"/> under <paramref name="name"/>, or its <c>[MessageUrn]</c>.</summary>
    public MessageTypeRegistry Register<T>(string? name = null) where T : class
    {
        name ??= typeof(T).GetCustomAttribute<MessageUrnAttribute>()?.Urn.ToString()
            ?? throw new ArgumentException($"{typeof(T).Name} has no [MessageUrn]: give its wire name.", nameof(name));
        if (!_types.TryAdd(name, typeof(T)) || !_names.TryAdd(typeof(T), name))
        {
            throw new InvalidOperationException($"Message name '{name}' or type {typeof(T).Name} is registered twice.");
        }
        return this;
    }

    internal string NameOf(Type type) =>
        _names.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"{type.FullName} is not a registered outbox message type.");

    internal Type TypeOf(string name) =>
        _types.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"Outbox message type '{name}' is not registered.");
}
