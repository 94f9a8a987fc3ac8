using System.Linq;

namespace PeelSdk.Generators.Tests
{
    /// <summary>Tests that count the process's decoded reports, so no other test may decode while they run.</summary>
    [CollectionDefinition(nameof(DecodeCountCollection), DisableParallelization = true)]
    public sealed class DecodeCountCollection { }

    /// <summary>Reports are decoded on first use, one at a time: touching one, or finding one in a catalog, decodes no other.</summary>
    [Collection(nameof(DecodeCountCollection))]
    public class LazyDecodingTests
    {
        [Fact]
        public void Touching_one_report_or_finding_one_in_All_decodes_no_other()
        {
            var assembly = GeneratorHarness
                .Run(
                    ("a.peel.txt", "Alpha PEEL 2016\nEffectiveness\nHow effective is the force?\nWell."),
                    ("b.peel.txt", "Beta PEEL 2016\nEffectiveness\nHow effective is the force?\nWell."),
                    ("c.peel.txt", "Alpha PEEL 2016\nEfficiency\nHow efficient is the force?\nWell.")
                )
                .Load();
            var reports = assembly.GetType("PeelSdk.Reports.PeelReports")!;
            // The count is the process's: this test runs alone (see DecodeCountCollection).
            var decoded = PeelSdk.Generated.GeneratedReports.Decoded;
            int Decoded() => PeelSdk.Generated.GeneratedReports.Decoded - decoded;

            var alpha = reports.GetProperty("Alpha")!.GetValue(null)!;
            var year = alpha.GetType().GetProperty("Peel2016")!.GetValue(alpha)!;
            Assert.Equal(0, Decoded());
            var effectiveness = (PeelReport)year.GetType().GetProperty("Effectiveness")!.GetValue(year)!;
            Assert.Equal(1, Decoded());
            Assert.Same(effectiveness, year.GetType().GetProperty("Effectiveness")!.GetValue(year));
            Assert.Equal(1, Decoded());

            var all = (PeelCatalog)reports.GetProperty("All")!.GetValue(null)!;
            var alphaAll = (PeelCatalog)alpha.GetType().GetProperty("All")!.GetValue(alpha)!;
            Assert.Equal(3, all.Count);
            Assert.Equal(2, alphaAll.Count);
            Assert.Equal(1, Decoded());

            Assert.Equal("Beta", all.Find("beta", 2016, Pillar.Effectiveness)!.Force.Name);
            Assert.Equal(2, Decoded());
            Assert.Same(effectiveness, all[0]);
            Assert.Same(all[0], alphaAll[0]);
            Assert.Equal(2, Decoded());
            Assert.Equal(new[] { "Alpha", "Alpha", "Beta" }, all.Select(r => r.Force.Name));
            Assert.Equal(3, Decoded());
        }

        [Fact]
        public void Many_threads_at_once_build_each_report_once_and_all_get_the_same_instances()
        {
            var texts = Enumerable
                .Range(0, 20)
                .Select(i => ($"r{i:00}.peel.txt", $"Kent PEEL {2000 + i}\nEffectiveness\nHow effective is the force?\nWell {i}."))
                .ToArray();
            var assembly = GeneratorHarness.Run(texts).Load();
            var reports = assembly.GetType("PeelSdk.Reports.PeelReports")!;
            var kent = reports.GetProperty("Kent")!.GetValue(null)!;
            var decoded = PeelSdk.Generated.GeneratedReports.Decoded;

            // Every thread reads All (built on first use) and every report, through All and through the typed properties.
            var seen = new System.Collections.Concurrent.ConcurrentBag<(int Index, PeelReport Report)>();
            var catalogs = new System.Collections.Concurrent.ConcurrentBag<PeelCatalog>();
            using var start = new System.Threading.Barrier(16);
            System.Threading.Tasks.Parallel.For(0, 16, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 16 }, thread =>
            {
                start.SignalAndWait();
                var all = (PeelCatalog)reports.GetProperty("All")!.GetValue(null)!;
                catalogs.Add(all);
                for (var i = 0; i < all.Count; i++)
                {
                    var index = (i + thread) % all.Count;
                    seen.Add((index, all[index]));
                    var year = kent.GetType().GetProperty($"Peel{2000 + index}")!.GetValue(kent)!;
                    seen.Add((index, (PeelReport)year.GetType().GetProperty("Effectiveness")!.GetValue(year)!));
                }
            });

            Assert.Single(catalogs.Distinct());
            Assert.All(seen.GroupBy(s => s.Index), group => Assert.Single(group.Select(s => s.Report).Distinct()));
            Assert.Equal(texts.Length, PeelSdk.Generated.GeneratedReports.Decoded - decoded);
        }

        [Fact]
        public void Grade_queries_read_the_index_and_decode_no_report()
        {
            var assembly = GeneratorHarness
                .Run(
                    (
                        "a15.peel.txt",
                        "Alpha PEEL 2015\nEffectiveness\nHow effective is the force?\nHow effective is the force at investigating crime?\nThe force "
                            + "is good at investigating crime."
                    ),
                    (
                        "a16.peel.txt",
                        "Alpha PEEL 2016\nEffectiveness\nHow effective is the force?\nHow effective is the force at investigating crime?\nThe force "
                            + "is outstanding at investigating crime."
                    ),
                    (
                        "b16.peel.txt",
                        "Beta PEEL 2016\nEffectiveness\nHow effective is the force?\nHow effective is the force at investigating crime?\nThe force "
                            + "requires improvement at investigating crime."
                    )
                )
                .Load();
            var all = (PeelCatalog)assembly.GetType("PeelSdk.Reports.PeelReports")!.GetProperty("All")!.GetValue(null)!;
            var decoded = PeelSdk.Generated.GeneratedReports.Decoded;

            var history = all.History("alpha", "InvestigatingCrime");
            Assert.Equal(new[] { (2015, (Grade?)Grade.Good), (2016, (Grade?)Grade.Outstanding) }, history.Select(h => (h.Year, h.Grade)));
            Assert.Equal(new SourceSpan("a16.peel.txt", 5, 5), history[1].Source);
            var matrix = all.Grades(2016);
            Assert.Equal(new[] { "Alpha", "Beta" }, matrix.Forces);
            Assert.Equal(Grade.RequiresImprovement, matrix["Beta", new GradeColumn(Pillar.Effectiveness, "InvestigatingCrime")]);
            Assert.Equal(GradeChange.Up, all.Compare("Alpha", 2015, 2016).Single(c => c.Column.Key == "InvestigatingCrime").Change);

            Assert.Equal(0, PeelSdk.Generated.GeneratedReports.Decoded - decoded);
        }
    }
}
