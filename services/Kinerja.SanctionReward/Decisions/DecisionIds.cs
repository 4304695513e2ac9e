using System.Security.Cryptography;
using System.Text;
using Kinerja.SanctionReward.Deciding;

namespace Kinerja.SanctionReward.Decisions;

internal static class DecisionIds
{
    /// <summary>
    /// A URL-safe id derived from the proposal's basis alone, so the same evaluation, policy version and rule always
    /// give the same decision: a redelivered or repeated evaluation cannot create a second one.
    /// </summary>
    public static Guid For(DecisionProposal proposal) => new(SHA256.HashData(Encoding.UTF8.GetBytes(proposal.Id))[..16]);

    /// <summary>
    /// The id of a proposal on the same basis as a decision revoked before, proposed again because of evaluation
    /// <paramref name="trigger"/>: still derived from what led to it, so a repeated message finds it.
    /// </summary>
    public static Guid For(DecisionProposal proposal, string trigger) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"{proposal.Id}/again/{trigger}"))[..16]);
}
