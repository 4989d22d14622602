using PerformancePlan.Core.ESignature;

namespace PerformancePlan.Core.Tests.ESignature;

public class ESignatureMonthTests
{
    private static ESignatureMonth Month(int online, int received, int paper, int drafted) => new()
    {
        Month = new DateOnly(2018, 1, 1),
        OnlineSigned = online,
        ElectronicReceived = received,
        PaperSignedOnline = paper,
        SelfDrafted = drafted,
    };

    [Fact]
    public void The_ratio_is_online_signed_over_received_plus_paper_plus_drafted()
    {
        var january = Month(6886, 10480, 612, 6935);
        Assert.Equal(18027, january.Denominator);
        Assert.Equal(38.20m, january.RatioPercent);
        Assert.Null(january.CountsProblem());
    }

    [Fact]
    public void A_zero_denominator_has_no_ratio_and_is_invalid()
    {
        var empty = Month(0, 0, 0, 0);
        Assert.Null(empty.RatioPercent);
        Assert.Equal("electronic_received", empty.CountsProblem()!.Field);
    }

    [Fact]
    public void Negative_counts_are_invalid() =>
        Assert.Equal("self_drafted", Month(1, 1, 1, -1).CountsProblem()!.Field);
}
