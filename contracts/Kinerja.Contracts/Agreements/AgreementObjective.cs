namespace Kinerja.Contracts.Agreements;

/// <summary>A strategic objective (sasaran strategis) and its indicators.</summary>
/// <param name="Id">Stable within the agreement across versions, e.g. <c>SS-1</c>.</param>
/// <param name="Statement">The objective as written in the agreement.</param>
/// <param name="Indicators">The indicators measuring it.</param>
public sealed record AgreementObjective(string Id, string Statement, IReadOnlyList<AgreementIndicator> Indicators);
