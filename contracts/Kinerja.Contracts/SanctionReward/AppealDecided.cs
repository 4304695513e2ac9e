using MassTransit;

namespace Kinerja.Contracts.SanctionReward;

/// <summary>
/// The receiver's objection (keberatan) to an approved decision was decided. When <see cref="Upheld"/> is
/// false the decision is overturned and no longer applies; when true it stands.
/// </summary>
/// <param name="DecisionId">The decision appealed.</param>
/// <param name="RegionCode">Kemendagri code of the region.</param>
/// <param name="ReceiverNip">The official who appealed.</param>
/// <param name="Upheld">True: the decision stands. False: it is overturned.</param>
/// <param name="Reason">The deciding official's reasons.</param>
/// <param name="AppealReason">The receiver's grounds.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedAt">When (UTC).</param>
[MessageUrn("kinerja:sanctionreward:appeal-decided:v1")]
[EntityName("kinerja.sanctionreward.appeal-decided.v1")]
public sealed record AppealDecided(
    string DecisionId,
    string RegionCode,
    string ReceiverNip,
    bool Upheld,
    string Reason,
    string AppealReason,
    string DecidedBy,
    DateTimeOffset DecidedAt);
