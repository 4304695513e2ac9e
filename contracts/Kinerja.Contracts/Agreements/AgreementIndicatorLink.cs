namespace Kinerja.Contracts.Agreements;

/// <summary>Points at the higher agreement's indicator that an indicator supports (performance tree).</summary>
/// <param name="AgreementId">The higher agreement.</param>
/// <param name="IndicatorId">The indicator in it.</param>
public sealed record AgreementIndicatorLink(string AgreementId, string IndicatorId);
