using System.Text.Json.Serialization;

namespace Kinerja.Agreements;

/// <summary>
/// Draft → Submitted → (Returned ↔ Draft) → Verified → InForce (signed by both parties; revisions keep it
/// in force with a new version) → Closed, or Withdrawn at any point before closing.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgreementStatus>))]
internal enum AgreementStatus
{
    Draft,
    Submitted,
    Returned,
    Verified,
    InForce,
    Closed,
    Withdrawn,
}

[JsonConverter(typeof(JsonStringEnumConverter<SigningParty>))]
internal enum SigningParty
{
    Receiver,
    Giver,
}

/// <summary>The four legal reasons for a revision (PK Perubahan).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RevisionReason>))]
internal enum RevisionReason
{
    ChangeOfOfficial,
    ChangeOfProgramActivityOrBudget,
    ChangeOfPrioritiesOrAssumptions,
    Reorganisation,
}

[JsonConverter(typeof(JsonStringEnumConverter<ClosingReason>))]
internal enum ClosingReason
{
    YearEnd,
    ChangeOfOfficial,
}

/// <summary>The decree a revision or handover rests on.</summary>
internal sealed record LegalBasis(string DecreeNumber, DateOnly DecreeDate);

/// <summary>One party's signature: who, when, and the SHA-256 of the canonical content they signed.</summary>
internal sealed record Signature(SigningParty Party, OfficialId Signer, Nip? SignerNip, string SignerName, string Place, DateTimeOffset At, string ContentHash, bool Late);

internal sealed record PendingRevision(RevisionReason Reason, LegalBasis LegalBasis, AgreementContent Content, string? Note, Actor ProposedBy, DateTimeOffset ProposedAt);

/// <summary>An approved revision: which version it made, why, on what legal basis, who proposed and approved it.</summary>
internal sealed record RevisionRecord(int Version, RevisionReason Reason, LegalBasis LegalBasis, Actor ProposedBy, Actor ApprovedBy, DateTimeOffset ApprovedAt, string ContentHash);

/// <summary>An indicator period whose realisation the Measurements service has verified; its target is frozen.</summary>
internal sealed record VerifiedRealisation(ItemId Indicator, Period Period, DateTimeOffset VerifiedAt);

/// <summary>The higher agreement's indicator that one of this agreement's indicators supports (cascade).</summary>
internal sealed record IndicatorLink(ItemId Indicator, AgreementId ParentAgreement, ItemId ParentIndicator);

/// <summary>The one place an agreement may be in force: per receiver position and fiscal year in a region.</summary>
internal sealed record InForceSlot(RegionCode Region, PositionId Position, FiscalYear Year);
