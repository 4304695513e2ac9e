namespace Kinerja.Contracts.Agreements;

/// <summary>A user who acted on an agreement.</summary>
/// <param name="Id">The user's subject id.</param>
/// <param name="Name">The user's display name.</param>
public sealed record AgreementActor(string Id, string Name);
