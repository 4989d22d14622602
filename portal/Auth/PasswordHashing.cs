using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PerformancePlan.Core.Users;

namespace PerformancePlan.Portal.Auth;

/// <summary>
/// ASP.NET Core Identity's password hasher in its version 3 format (PBKDF2 with HMAC-SHA512, 128-bit
/// salt, 256-bit subkey) at 210,000 iterations, the OWASP ASVS 5.0 minimum for PBKDF2-HMAC-SHA512.
/// </summary>
public sealed class PasswordHashing
{
    public const int Iterations = 210_000;

    private readonly PasswordHasher<User> hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = Iterations,
    }));

    /// <summary>A hash to verify against when the user does not exist, so both cases take as long.</summary>
    private readonly Lazy<string> decoy;

    public PasswordHashing() => decoy = new(() => Hash(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));

    public string Hash(string password) => hasher.HashPassword(null!, password);

    public bool Verify(string hash, string password) =>
        hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;

    /// <summary>Spends the time a real verification takes, for an unknown user name.</summary>
    public void VerifyDecoy(string password) => Verify(decoy.Value, password);
}
