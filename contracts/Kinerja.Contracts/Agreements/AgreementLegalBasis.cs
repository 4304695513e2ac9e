namespace Kinerja.Contracts.Agreements;

/// <summary>The decree a revision or appointment rests on.</summary>
/// <param name="DecreeNumber">E.g. <c>821.2/045/BKD</c>.</param>
/// <param name="DecreeDate">The decree's date.</param>
public sealed record AgreementLegalBasis(string DecreeNumber, DateOnly DecreeDate);
