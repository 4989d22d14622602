using PerformancePlan.Portal.Auth;

namespace PerformancePlan.Portal.Tests.Auth;

public sealed class PasswordHashingTests
{
    [Fact]
    public void Passwords_are_hashed_with_pbkdf2_hmac_sha512_at_210000_iterations_or_more()
    {
        var hash = Convert.FromBase64String(new PasswordHashing().Hash("some long password"));
        Assert.Equal(0x01, hash[0]);
        var prf = (hash[1] << 24) | (hash[2] << 16) | (hash[3] << 8) | hash[4];
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
        Assert.Equal(2, prf);
        Assert.True(iterations >= 210_000, $"{iterations} iterations");
    }
}
