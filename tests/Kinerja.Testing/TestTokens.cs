using System.Net.Http.Headers;
using System.Security.Cryptography;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Testing;

/// <summary>Tokens signed with a key made for this test run, as the AppHost does for local runs.</summary>
public static class TestTokens
{
    public static string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public static string For(string role, params string[] regions) =>
        DevTokens.Issue(SigningKey, new DemoUser($"{role}-test", $"Test {role}", [role], regions));

    public static string For(DemoUser user, TimeSpan? lifetime = null, DateTime? now = null) =>
        DevTokens.Issue(SigningKey, user, lifetime, now);

    public static HttpClient WithToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
