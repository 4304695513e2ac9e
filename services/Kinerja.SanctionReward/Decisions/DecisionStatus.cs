namespace Kinerja.SanctionReward.Decisions;

internal enum DecisionStatus
{
    Proposed,
    Approved,
    Rejected,
    Revoked,
    /// <summary>Approved, then overturned on appeal.</summary>
    Overturned,
}

internal enum AppealStatus
{
    None,
    Pending,
    Upheld,
    Overturned,
}
