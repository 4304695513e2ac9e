namespace Kinerja.ServiceDefaults.Auth;

/// <summary>The roles a token can carry (claim <c>role</c>), from DOMAIN.md "Actors".</summary>
public static class KinerjaRoles
{
    public const string Operator = "operator";
    public const string Verifier = "verifier";
    public const string Reviewer = "reviewer";
    public const string Ministry = "ministry";
    public const string Auditor = "auditor";
    public const string HrSubscriber = "hr-subscriber";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Operator, Verifier, Reviewer, Ministry, Auditor, HrSubscriber, Admin];
}

/// <summary>Claim types of a Kinerja token.</summary>
public static class KinerjaClaims
{
    public const string Role = "role";
    public const string Name = "name";
    public const string Subject = "sub";
    /// <summary>A region code the caller may act on (one claim per region); <c>*</c> means every region.</summary>
    public const string Region = "region";
    /// <summary>Optional unit scope of an operator (one claim per unit id).</summary>
    public const string Unit = "unit";
    /// <summary>The caller's 18-digit civil-servant number, when the caller is an official.</summary>
    public const string Nip = "nip";
    public const string AllRegions = "*";
}
