namespace Kinerja.SanctionReward.PolicyStore;

/// <summary>A version of a policy was saved (stream <c>policy-{id}</c>); the policy itself as its canonical JSON.</summary>
internal sealed record PolicySaved(string PolicyId, int Version, string? Region, DateOnly EffectiveFrom, string PolicyJson, string By);
