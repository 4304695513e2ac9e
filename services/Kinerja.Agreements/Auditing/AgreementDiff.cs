using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kinerja.Agreements.Auditing;

[JsonConverter(typeof(JsonStringEnumConverter<ChangeKind>))]
internal enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One field that differs between two states, with its JSON path and both values as JSON text.</summary>
internal sealed record FieldChange(string Path, ChangeKind Kind, string? Old, string? New);

/// <summary>
/// A field-level diff between two states of an agreement (or two contents). Lists of items with an id
/// (objectives, indicators, programs…) are matched by id, so removing the first indicator reads as one
/// removal rather than every later indicator changing; other lists are compared position by position.
/// Paths use the index in the newer state, or in the older one for a removal.
/// </summary>
internal static class AgreementDiff
{
    public static IReadOnlyList<FieldChange> Between(Agreement before, Agreement after) => Between<Agreement>(before, after);

    public static IReadOnlyList<FieldChange> Between(AgreementContent before, AgreementContent after) => Between<AgreementContent>(before, after);

    private static List<FieldChange> Between<T>(T before, T after)
    {
        var changes = new List<FieldChange>();
        Compare(JsonSerializer.SerializeToNode(before, CanonicalJson.Options), JsonSerializer.SerializeToNode(after, CanonicalJson.Options), "", changes);
        return changes;
    }

    private static void Compare(JsonNode? before, JsonNode? after, string path, List<FieldChange> changes)
    {
        switch (before, after)
        {
            case (JsonObject a, JsonObject b):
                foreach (var key in a.Select(p => p.Key).Concat(b.Select(p => p.Key)).Distinct(StringComparer.Ordinal))
                {
                    Compare(a[key], b[key], Join(path, key), changes);
                }
                break;
            case (JsonArray a, JsonArray b) when HaveIds(a) && HaveIds(b):
                CompareById(a, b, path, changes);
                break;
            case (JsonArray a, JsonArray b):
                for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
                {
                    Compare(i < a.Count ? a[i] : null, i < b.Count ? b[i] : null, $"{path}[{i}]", changes);
                }
                break;
            default:
                if (!JsonNode.DeepEquals(before, after))
                {
                    var kind = before is null ? ChangeKind.Added : after is null ? ChangeKind.Removed : ChangeKind.Changed;
                    changes.Add(new FieldChange(path, kind, before?.ToJsonString(), after?.ToJsonString()));
                }
                break;
        }
    }

    private static void CompareById(JsonArray a, JsonArray b, string path, List<FieldChange> changes)
    {
        var newer = b.Select((item, index) => (Id: IdOf(item), Index: index, Item: item)).ToDictionary(x => x.Id, StringComparer.Ordinal);
        var older = a.Select(IdOf).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < a.Count; i++)
        {
            if (newer.TryGetValue(IdOf(a[i]), out var match))
            {
                Compare(a[i], match.Item, $"{path}[{match.Index}]", changes);
            }
            else
            {
                changes.Add(new FieldChange($"{path}[{i}]", ChangeKind.Removed, a[i]?.ToJsonString(), null));
            }
        }
        foreach (var added in newer.Values.Where(n => !older.Contains(n.Id)).OrderBy(n => n.Index))
        {
            changes.Add(new FieldChange($"{path}[{added.Index}]", ChangeKind.Added, null, added.Item?.ToJsonString()));
        }
    }

    private static bool HaveIds(JsonArray array)
    {
        var ids = array.Select(item => item is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null).ToList();
        return ids.Count > 0 && ids.All(id => id is not null) && ids.Distinct(StringComparer.Ordinal).Count() == ids.Count;
    }

    private static string IdOf(JsonNode? item) => item!["id"]!.GetValue<string>();

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
