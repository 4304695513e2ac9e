namespace Kinerja.ServiceDefaults.Auth;

/// <summary>
/// Section <c>Auth</c>. Production sets <see cref="Authority"/> (an OIDC provider); local runs and
/// tests set <see cref="SigningKey"/>, a symmetric development key the AppHost generates.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";
    public const string DefaultIssuer = "kinerja-local";
    public const string DefaultAudience = "kinerja";

    public string? Authority { get; set; }
    public string? SigningKey { get; set; }
    public string Issuer { get; set; } = DefaultIssuer;
    public string Audience { get; set; } = DefaultAudience;
}
