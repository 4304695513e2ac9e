namespace Kinerja.SanctionReward;

/// <summary>Names this service's assembly for the test host (<c>WebApplicationFactory&lt;SanctionRewardService&gt;</c>).</summary>
public sealed class SanctionRewardService;
