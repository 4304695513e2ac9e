namespace Kinerja.Measurements;

/// <summary>Who did something, as recorded in an event: the token's subject and name, and the NIP when an official.</summary>
internal sealed record Actor(string Subject, string Name, string? Nip)
{
    public static Actor Of(Caller caller) => new(caller.Subject, caller.Name, caller.Nip);
}
