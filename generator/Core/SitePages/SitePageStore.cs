using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.SitePages;

/// <summary>Writes the site's static page texts: both languages in one transaction, versioned per language, audited.</summary>
public sealed class SitePageStore(PlanDatabase database)
{
    private const string Entity = "site_page";

    public IReadOnlyList<SitePage> List()
    {
        using var c = database.Open();
        return ReadAll(c, null);
    }

    /// <summary>The static page texts: (key, language tag) → Markdown.</summary>
    public IReadOnlyDictionary<(string Key, string Language), string> LoadTexts()
    {
        using var connection = database.Open();
        return connection.Query("SELECT key, language, markdown FROM site_pages ORDER BY key, language",
                r => (r.Text("key"), r.Text("language"), r.Text("markdown")))
            .ToDictionary(x => (x.Item1, x.Item2), x => x.Item3);
    }

    public SitePage? Find(string key)
    {
        using var c = database.Open();
        return ReadAll(c, null).FirstOrDefault(p => p.Key == key);
    }

    /// <summary>
    /// Saves both languages. The versions are those the editor saw (0 for a language not written yet);
    /// an empty English text is stored as pending translation.
    /// </summary>
    public void Save(SitePage page, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            var errors = new List<FieldError>();
            if (!SitePage.IsValidKey(page.Key))
            {
                errors.Add(new("key", new("頁面代碼只能用小寫英文字母、數字與連字號", "the page key may hold only lower-case letters, digits and hyphens")));
            }
            else if (ReservedNames.CheckPageKey(page.Key) is { } reserved)
            {
                errors.Add(reserved);
            }

            TextRules.Required(errors, "markdown_zh", page.Markdown.Zh, SitePage.MaxLength);
            TextRules.Optional(errors, "markdown_en", page.Markdown.En, SitePage.MaxLength);
            if (errors.Count > 0)
            {
                throw new ValidationException(errors);
            }

            var before = ReadAll(c, t).FirstOrDefault(p => p.Key == page.Key);
            if ((before?.VersionZh ?? 0) != page.VersionZh || (before?.VersionEn ?? 0) != page.VersionEn)
            {
                throw new ConcurrencyConflictException(Entity, page.Key, before);
            }

            SaveLanguage(c, t, page.Key, Language.ZhTw, before?.Markdown.Zh, page.Markdown.Zh, page.VersionZh, context);
            SaveLanguage(c, t, page.Key, Language.En, before?.Markdown.En, page.Markdown.En, page.VersionEn, context);
        });

    private static void SaveLanguage(SqliteConnection c, SqliteTransaction t, string key, Language language, string? before, string markdown, long version, ChangeContext context)
    {
        var text = Normalise(markdown);
        if (version == 0 && text.Length == 0)
        {
            return;
        }

        var id = $"{key}/{language.Tag()}";
        if (version == 0)
        {
            c.Execute("INSERT INTO site_pages (key, language, markdown) VALUES ($key, $language, $text)", t, new { key, language = language.Tag(), text });
            AuditTrail.Record(c, t, context, null, Entity, id, "create", "markdown", null, text);
            return;
        }

        if (string.Equals(before, text, StringComparison.Ordinal))
        {
            return;
        }

        c.Execute(
            "UPDATE site_pages SET markdown = $text, version = version + 1 WHERE key = $key AND language = $language AND version = $version",
            t,
            new { text, key, language = language.Tag(), version });
        AuditTrail.Record(c, t, context, null, Entity, id, "update", "markdown", before, text);
    }

    /// <summary>Line ends as \n and no trailing blank space, so a save without changes changes nothing.</summary>
    private static string Normalise(string markdown) => markdown.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    private static List<SitePage> ReadAll(SqliteConnection c, SqliteTransaction? t) =>
        c.Query("SELECT key, language, markdown, version FROM site_pages ORDER BY key", r => (Key: r.Text("key"), Language: r.Text("language"), Markdown: r.Text("markdown"), Version: r.Long("version")), t)
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var zh = g.FirstOrDefault(r => r.Language == "zh-TW");
                var en = g.FirstOrDefault(r => r.Language == "en");
                return new SitePage(g.Key, new Bilingual(zh.Markdown ?? string.Empty, en.Markdown ?? string.Empty), zh.Version, en.Version);
            })
            .ToList();
}
