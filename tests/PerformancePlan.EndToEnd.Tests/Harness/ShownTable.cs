using System.Text.Json;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// What a "download CSV" link sits under: the table (or the exchange list) as the page shows it.
/// The script returns JSON, read with web (camelCase) naming.
/// </summary>
public sealed record ShownTable
{
    public string Kind { get; init; } = string.Empty;

    /// <summary>The indicator code of the section the table is in, for an indicator's history.</summary>
    public string? Indicator { get; init; }

    /// <summary>The dataset's stated row count, on the open-data page.</summary>
    public string? StatedRows { get; init; }

    public List<ShownRow> Rows { get; init; } = [];

    public sealed record ShownRow
    {
        public string Id { get; init; } = string.Empty;

        public Dictionary<string, string> Data { get; init; } = [];

        /// <summary>Every cell's text, header cells included, in order.</summary>
        public List<string> Cells { get; init; } = [];

        /// <summary>The text of the data cells (td) only.</summary>
        public List<string> Values { get; init; } = [];

        /// <summary>The text of the numeric cells (class <c>num</c>), in order.</summary>
        public List<string> Numbers { get; init; } = [];

        public string? Status { get; init; }
    }

    /// <summary>Reads the table or list just before the link, the way it is laid out on screen.</summary>
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static async Task<ShownTable> BeforeAsync(ILocator link)
    {
        var json = await link.EvaluateAsync<string>(Script);
        return JsonSerializer.Deserialize<ShownTable>(json, WebJson)
            ?? throw new InvalidOperationException("the page returned no table");
    }

    private const string Script =
        """
        a => JSON.stringify((() => {
          const holder = a.closest('.csv-link') || a.parentElement;
          let before = holder.previousElementSibling;
          while (before && !before.matches('table, .table-scroll, ol, ul')) before = before.previousElementSibling;
          if (!before) return { kind: 'none', rows: [] };
          const text = e => (e.innerText || '').replace(/\s+/g, ' ').trim();
          const section = before.closest('section.indicator');
          const dataset = before.closest('section.dataset');
          const common = {
            indicator: section ? text(section.querySelector('.indicator__code')) : null,
            statedRows: dataset ? dataset.querySelector('[data-rows]')?.getAttribute('data-rows') : null,
          };
          const table = before.matches('table') ? before : before.querySelector('table');
          if (table) {
            const rows = [...table.tBodies].flatMap(b => [...b.rows]).map(tr => ({
              id: tr.id || '',
              data: { ...tr.dataset },
              cells: [...tr.cells].map(text),
              values: [...tr.cells].filter(c => c.tagName === 'TD').map(text),
              numbers: [...tr.cells].filter(c => c.classList.contains('num')).map(text),
              status: tr.querySelector('.status')?.getAttribute('class') ?? null,
            }));
            return { kind: 'table', ...common, rows };
          }
          const items = [...before.children].filter(li => li.tagName === 'LI').map(li => ({
            id: li.id || '',
            data: { ...li.dataset },
            cells: [text(li)],
            values: [],
            numbers: [],
            status: null,
          }));
          return { kind: 'list', ...common, rows: items };
        })())
        """;
}
