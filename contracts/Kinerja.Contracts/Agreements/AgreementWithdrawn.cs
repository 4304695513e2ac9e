using MassTransit;

namespace Kinerja.Contracts.Agreements;

/// <summary>
/// An agreement was withdrawn and no longer counts for anything. Consumers drop it; when
/// <paramref name="WasInForce"/> is true, anything derived from it (evaluations, allowances) needs review.
/// </summary>
/// <param name="AgreementId">The agreement's id.</param>
/// <param name="RegionCode">Kemendagri code of the region.</param>
/// <param name="FiscalYear">The fiscal year the agreement covered.</param>
/// <param name="Version">The agreement's version when withdrawn.</param>
/// <param name="ReceiverPositionId">The receiver's position.</param>
/// <param name="Reason">Why it was withdrawn, in the operator's words.</param>
/// <param name="WasInForce">True when the agreement was signed and in force when withdrawn.</param>
/// <param name="WithdrawnBy">Who withdrew it.</param>
/// <param name="WithdrawnAt">When (UTC).</param>
[MessageUrn("kinerja:agreements:agreement-withdrawn:v1")]
[EntityName("kinerja.agreements.agreement-withdrawn.v1")]
public sealed record AgreementWithdrawn(
    string AgreementId,
    string RegionCode,
    int FiscalYear,
    int Version,
    string ReceiverPositionId,
    string Reason,
    bool WasInForce,
    AgreementActor WithdrawnBy,
    DateTimeOffset WithdrawnAt);
