namespace PerformancePlan.Portal.Tests.Pages.Exchanges;

/// <summary>The exchange log and its filters.</summary>
public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_exchange_list_filters_by_kind_and_year()
    {
        var client = await factory.SignedIn(UserRole.Editor);
        var all = (await client.GetDocument("/admin/exchanges")).QuerySelectorAll("#exchanges-caption ~ tbody tr").Length;
        var media = (await client.GetDocument("/admin/exchanges?kind=media_coverage")).QuerySelectorAll("#exchanges-caption ~ tbody tr").Length;
        var expectedMedia = factory.Database.Count("SELECT count(*) FROM exchanges WHERE kind = 'media_coverage'");
        Assert.Equal(expectedMedia, media);
        Assert.True(all > media && media > 0);
        Assert.Equal(0, (await client.GetDocument("/admin/exchanges?year=1999")).QuerySelectorAll("#exchanges-caption ~ tbody tr").Length);
    }
}
