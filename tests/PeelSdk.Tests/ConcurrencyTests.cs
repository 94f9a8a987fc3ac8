using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace PeelSdk.Tests
{
    /// <summary>PeelFiles and PeelCatalog used from many threads at once give what one thread gets.</summary>
    public class ConcurrencyTests
    {
        private static readonly string[] Inputs = { Path.Combine(Reports.RepositoryRoot(), "tests", "Fixtures", "layouts"), Reports.SeedPath };

        private static string Answers(PeelCatalog catalog) =>
            string.Join(
                "\n",
                catalog
                    .History("Surrey", "InvestigatingCrime")
                    .Select(h => h.ToString())
                    .Concat(new[] { catalog.Grades(2016).ToString() })
                    .Concat(catalog.Grades(2016).Cells.Select(c => c.ToString()))
                    .Concat(catalog.Compare("Kent", 2018, 2023).Select(c => c.ToString()))
                    .Concat(catalog.Search("investigat").Select(h => h.ToString()))
            );

        [Fact]
        public void Files_and_catalog_queries_from_many_threads_agree_with_one_thread()
        {
            var expectedFiles = PeelFiles.Find(Inputs);
            var expectedReports = PeelFiles.ParseAll(expectedFiles, PeelParseOptions.Default).Reports;
            var catalog = new PeelCatalog(expectedReports.Select(r => r.ToReport()).Where(r => r != null).Select(r => r!));
            var expectedAnswers = Answers(catalog);

            var problems = new ConcurrentBag<string>();
            Parallel.For(0, 32, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
            {
                if (i % 2 == 0)
                {
                    var files = PeelFiles.Find(Inputs);
                    if (!files.SequenceEqual(expectedFiles))
                    {
                        problems.Add($"thread {i}: other files");
                    }

                    if (!PeelFiles.ParseAll(files, PeelParseOptions.Default).Reports.SequenceEqual(expectedReports))
                    {
                        problems.Add($"thread {i}: other reports");
                    }
                }
                // Every thread queries the one shared catalog.
                if (Answers(catalog) != expectedAnswers)
                {
                    problems.Add($"thread {i}: other answers");
                }
            });
            Assert.Empty(problems);
        }
    }
}
