using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PeelSdk.Data;
using PeelSdk.Generated;

namespace PeelSdk.Benchmarks
{
    /// <summary>
    /// Grade queries on a generated-style catalog (an index plus report data decoded on first use), each on a fresh catalog
    /// as a program's first query: from the index (decodes no report) against the same answer got by decoding reports.
    /// </summary>
    [MemoryDiagnoser]
    public class CatalogQueryBenchmarks
    {
        private string index = null!;
        private Dictionary<string, string> data = null!;
        private string force = null!;

        [Params(1000)]
        public int Reports { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var parsed = SeedCorpus
                .Reports(Reports)
                .Select(r => PeelParser.Parse(r.Text, r.Path))
                .OrderBy(r => r.Force!.Slug, System.StringComparer.Ordinal)
                .ToList();
            data = parsed.ToDictionary(r => r.Force!.Slug, ReportEncoder.Encode);
            index = CatalogIndex.Encode(
                parsed
                    .Select(r =>
                        (
                            r.Force!.Name,
                            r.Force.Slug,
                            r.Year!.Value,
                            r.Pillar!.Value,
                            r.File,
                            (IReadOnlyList<GradedUnit>)GradedUnit.Of(r.Headline, r.Questions, r.File)
                        )
                    )
                    .ToList()
            );
            force = parsed[Reports / 2].Force!.Name;
        }

        private PeelCatalog Fresh() => GeneratedReports.Catalog(index, (slug, _, _) => GeneratedReports.Decode(data[slug]));

        /// <summary>What every query below pays first: reading the index of a fresh catalog.</summary>
        [Benchmark(Baseline = true)]
        public int IndexOnly() => Fresh().Count;

        [Benchmark]
        public int HistoryFromIndex() => Fresh().History(force, "PreventingCrime").Count;

        [Benchmark]
        public int HistoryByDecoding() => Fresh().ForForce(force).Count(r => r.FindQuestion("PreventingCrime") != null);

        [Benchmark]
        public int GradesFromIndex() => Fresh().Grades(2015).Cells.Count(c => c.Grade != null);

        [Benchmark]
        public int GradesByDecoding() =>
            Fresh().Where(r => r.Year == 2015).Sum(r => r.Questions.Count(q => q.Grade != null) + (r.Headline.Grade is null ? 0 : 1));
    }
}
