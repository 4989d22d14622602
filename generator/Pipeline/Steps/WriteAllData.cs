using System.IO.Compression;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Writes the whole record in one place: <c>data/all/&lt;dataset&gt;.csv</c>, each per-plan dataset as
/// the union of every plan's rows (the plans' own files joined under their one header, agency by
/// agency and year by year), its <c>datapackage.json</c>, and <c>data/all.zip</c> holding all of
/// <c>data/all/</c>. The zip's entries are sorted and dated with the data's last-updated date, so the
/// same data gives the same bytes. When every plan is unchanged, the previous release's files are
/// taken as they are.
/// </summary>
internal sealed class WriteAllData : IBuildStep
{
    public string Stage => "all data";

    public Task RunAsync(BuildContext context)
    {
        var site = context.Site;
        var unchanged = context.AllPlansUnchanged;
        var plans = Order(site).ToList();
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var dataset in Datasets.All)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var path = SitePaths.AllCsv(dataset.Name);
            context.WriteOrReuse(path, unchanged, () => Union(dataset.Header, dataset.FileName, plans.Select(p => File.ReadAllBytes(context.FullPath(SitePaths.Csv(p.Plan.Slug, dataset.Name))))));

            entries[dataset.FileName] = path;
        }

        // The files across plans, each the union of its per-agency or per-chain files in the order the
        // city data step wrote them: an agency's chains and e-signature years, every chain's years.
        var agencies = site.Agencies.Select(a => a.Code).ToList();
        var chainIds = site.Chains.All.Where(c => c.RunsAcrossYears).Select(c => c.Id).ToList();
        var acrossPlans = new (string Path, IReadOnlyList<string> Header, IEnumerable<string> Parts)[]
        {
            (SitePaths.AllCsv("chains"), CityCsv.ChainsHeader, agencies.Select(SitePaths.AgencyChainsCsv)),
            (SitePaths.AllCsv("chain-years"), ChainCsv.Header, chainIds.Select(SitePaths.ChainCsv)),
            (SitePaths.AllCsv("e-signature-years"), CityCsv.ESignatureYearsHeader, agencies.Select(SitePaths.AgencyESignatureCsv).Where(p => File.Exists(context.FullPath(p)))),
        };
        foreach (var (path, header, parts) in acrossPlans)
        {
            context.WriteOrReuse(path, unchanged, () => Union(header, Path.GetFileName(path), parts.Select(p => File.ReadAllBytes(context.FullPath(p)))));

            entries[Path.GetFileName(path)] = path;
        }

        context.WriteOrReuse(SitePaths.AllDataPackage, unchanged, () => DataPackageJson.WriteAll(site, Datasets.All, CityCsv.AcrossPlansResources(site.LastUpdated ?? default)));

        entries["datapackage.json"] = SitePaths.AllDataPackage;
        entries["plans.csv"] = SitePaths.AllPlansCsv;
        context.WriteOrReuse(SitePaths.AllZip, unchanged, () => Zip(
            entries.ToDictionary(e => e.Key, e => File.ReadAllBytes(context.FullPath(e.Value)), StringComparer.Ordinal),
            site.LastUpdated ?? new DateOnly(1980, 1, 1)));

        context.Report(Stage, entries.Count + 1, entries.Count + 1);
        return Task.CompletedTask;
    }

    /// <summary>The plans in the order their rows are joined: agency by agency in the city's order, each agency's years oldest first.</summary>
    public static IEnumerable<PlanSnapshot> Order(SiteInfo site) =>
        site.Agencies.SelectMany(a => a.Plans.OrderBy(p => p.Plan.RocYear));

    /// <summary>
    /// One CSV of every part's rows: the parts' files (each a plan's, an agency's or a chain's: a byte
    /// order mark, the header and its rows, every record ending in CRLF) joined under the one header.
    /// </summary>
    public static byte[] Union(IReadOnlyList<string> header, string fileName, IEnumerable<byte[]> planFiles)
    {
        var head = CsvFormat.Write(header, []);
        using var output = new MemoryStream();
        output.Write(head);
        foreach (var file in planFiles)
        {
            if (!file.AsSpan().StartsWith(head))
            {
                throw new InvalidOperationException($"A part of {fileName} does not begin with the dataset's header.");
            }

            output.Write(file.AsSpan(head.Length));
        }

        return output.ToArray();
    }

    /// <summary>A zip of the entries in name order, each dated <paramref name="date"/> at midnight, so equal entries give equal bytes.</summary>
    public static byte[] Zip(IReadOnlyDictionary<string, byte[]> entries, DateOnly date)
    {
        var stamp = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var content = entry.Open();
                content.Write(bytes);
            }
        }

        return stream.ToArray();
    }
}
