namespace Kinerja.SanctionReward.Policies.Explaining;

internal enum Language
{
    Indonesian,
    English,
}
