namespace Kinerja.Contracts.Agreements;

/// <summary>One party's signature.</summary>
/// <param name="Party"><c>Receiver</c> or <c>Giver</c>.</param>
/// <param name="OfficialId">Who signed.</param>
/// <param name="Nip">The signer's NIP; null for an elected head of region.</param>
/// <param name="Name">The signer's name.</param>
/// <param name="Place">Where it was signed, e.g. <c>Tenggarong</c>.</param>
/// <param name="SignedAt">When (UTC).</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the canonical content signed.</param>
/// <param name="Late">True when signed more than one month after the budget (DPA) approval.</param>
public sealed record AgreementSignature(string Party, string OfficialId, string? Nip, string Name, string Place, DateTimeOffset SignedAt, string ContentHash, bool Late);
