namespace Kinerja.Contracts.Agreements;

/// <summary>One changed field of an agreement's content.</summary>
/// <param name="Path">JSON path into the content, e.g. <c>objectives[0].indicators[1].periodTargets[2].value</c>.</param>
/// <param name="Kind"><c>Added</c>, <c>Removed</c> or <c>Changed</c>.</param>
/// <param name="Old">The old value as JSON text; null when added.</param>
/// <param name="New">The new value as JSON text; null when removed.</param>
public sealed record AgreementFieldChange(string Path, string Kind, string? Old, string? New);
