using System.Globalization;
using System.Xml;
using PerformancePlan.Core;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Site;
using PerformancePlan.Generator.Text;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Writes an Atom feed of each plan's exchange log per language, newest first. Times come from
/// the entries' dates, never the clock, so the feed only changes when the log does.
/// </summary>
internal sealed class WriteFeeds : IBuildStep
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public string Stage => "feeds";

    public Task RunAsync(BuildContext context)
    {
        var count = 0;
        foreach (var snapshot in context.Plans)
        {
            foreach (var language in LanguageExtensions.All)
            {
                context.WriteOrReuse(SitePaths.ExchangeFeed(language, snapshot.Plan.Slug), context.IsUnchanged(snapshot), () => Feed(context.Site, snapshot, language));

                count++;
            }
        }

        context.Report(Stage, count, count);
        return Task.CompletedTask;
    }

    private static byte[] Feed(SiteInfo site, PlanSnapshot snapshot, Language language) => XmlFiles.Write(xml =>
    {
        var text = UiText.For(language);
        var plan = snapshot.Plan;
        var page = SitePaths.Exchanges(language, plan.Slug);
        var feedPath = SitePaths.ExchangeFeed(language, plan.Slug);
        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, language.Tag());
        xml.WriteElementString("title", Atom, text.FeedTitle + " — " + PlanTexts.Name(plan, language).Text);
        xml.WriteElementString("id", Atom, Id(site, feedPath, plan.Slug, language, "exchanges"));
        xml.WriteElementString("updated", Atom, Timestamp(snapshot.ExchangesUpdatedOn ?? snapshot.ContentUpdatedOn));
        if (plan.IsSample)
        {
            xml.WriteElementString("subtitle", Atom, text.SampleNotice);
        }

        Link(xml, "self", site.Absolute(feedPath), "application/atom+xml");
        Link(xml, "alternate", site.Absolute(page), "text/html");
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, plan.AgencyWithCity.OrFallback(language));
        xml.WriteEndElement();
        foreach (var e in snapshot.Exchanges)
        {
            var place = e.PartnerCity.Zh.Length == 0
                ? e.Country.OrFallback(language)
                : $"{e.PartnerCity.OrFallback(language)} ({e.Country.OrFallback(language)})";
            xml.WriteStartElement("entry", Atom);
            var sample = plan.IsSample ? $"[{text.SampleNoticeTitle}] " : string.Empty;
            xml.WriteElementString("title", Atom, $"{sample}{Formats.Iso(e.Date)} {e.Kind.Name().OrFallback(language)}: {place}");
            xml.WriteElementString("id", Atom, Id(site, page + "#" + e.Anchor, plan.Slug, language, e.Anchor));
            xml.WriteElementString("updated", Atom, Timestamp(e.Date));
            Link(xml, "alternate", site.Absolute(page) + "#" + e.Anchor, "text/html");
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", e.Kind.Code());
            xml.WriteAttributeString("label", e.Kind.Name().OrFallback(language));
            xml.WriteEndElement();
            if (plan.IsSample)
            {
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", "sample-data");
                xml.WriteAttributeString("label", text.SampleNoticeTitle);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("summary", Atom);
            var summary = e.Summary.In(language);
            if (summary is null)
            {
                xml.WriteAttributeString("xml", "lang", null, Language.ZhTw.Tag());
            }

            xml.WriteString(summary ?? e.Summary.Zh);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>The public address when it is known; otherwise a stable URN, since an Atom id must be absolute.</summary>
    private static string Id(SiteInfo site, string path, string slug, Language language, string local) =>
        site.BaseUrl is null ? $"urn:performance-plan:{slug}:{language.Segment()}:{local}" : site.Absolute(path);

    private static string Timestamp(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
