using System.Linq;

namespace PeelSdk.Generators.Tests
{
    /// <summary>Whatever a report says, the generated code compiles, means only the text, and builds reports lazily.</summary>
    public class TextSafetyTests
    {
        private static readonly string[] Hostile =
        {
            "Quotes \" and \\ backslashes \\\" and a verbatim @\"\" end.",
            "A comment end */ and start /* and // and /// <summary> and </summary> & <b>tags</b>.",
            "Braces { } and \"); System.Environment.Exit(1); // injection.",
            "Line\u2028separator, paragraph\u2029separator, next\u0085line, tab\tand bell\u0007.",
            "A lone \uD800 high and \uDC00 low surrogate, a pair \uD83D\uDE00, a BOM \uFEFF and \uFFFF.",
            "#endregion #if X and {0} format {{ and $\"{interpolation}\".",
        };

        private static string HostileReport() =>
            string.Join(
                "\n",
                new[]
                {
                    "Testshire PEEL 2016",
                    "Effectiveness",
                    "How effective is the force at \"quoting\" \\ things */?",
                    "How effective is the force at </summary> & <para>?",
                }.Concat(Hostile)
            );

        [Fact]
        public void Hostile_text_compiles_without_warnings()
        {
            var run = GeneratorHarness.Run(("hostile.peel.txt", HostileReport()));
            Assert.Empty(run.CompilationProblems);
            Assert.Equal(3, run.Sources.Length);
        }

        [Fact]
        public void Hostile_text_comes_back_exactly_through_the_generated_API()
        {
            var assembly = GeneratorHarness.Run(("hostile.peel.txt", HostileReport())).Load();
            var all = (PeelCatalog)assembly.GetType("PeelSdk.Reports.PeelReports")!.GetProperty("All")!.GetValue(null)!;
            var report = Assert.Single(all);
            var expected = PeelParser.Parse(HostileReport(), "hostile.peel.txt");
            Assert.Equal(expected.Questions.Select(q => q.Text), report.Questions.Select(q => q.Text));
            Assert.Equal(expected.Questions.SelectMany(q => q.Findings), report.Questions.SelectMany(q => q.Findings));
            Assert.Equal(Hostile.Length, report.Questions[0].Findings.Count);
            Assert.Equal(Hostile, report.Questions[0].Findings.Select(f => f.Text));
        }

        [Theory]
        [InlineData("kent-2016-effectiveness/q1/f1", 0, true)]
        [InlineData("kent-2016-effectiveness/q1/f10", 9, true)]
        [InlineData("kent-2016-effectiveness/q1/f1", 1, false)]
        [InlineData("kent-2016-effectiveness/q1/f01", 0, false)]
        [InlineData("kent-2016-effectiveness/q1/f1x", 0, false)]
        [InlineData("kent-2016-effectiveness/q1/f", 0, false)]
        [InlineData("kent-2016-effectiveness/q2/f1", 0, false)]
        [InlineData("kent-2016-effectiveness/q1/f99999999999", 0, false)]
        public void A_finding_id_is_left_out_of_the_data_only_when_the_decoder_derives_the_same(string id, int index, bool expected)
        {
            const string Prefix = "kent-2016-effectiveness/q1/f";
            Assert.Equal(expected, PeelSdk.FindingIds.IsAt(id, Prefix, index));
            for (var i = 0; i < 300; i++)
            {
                Assert.True(PeelSdk.FindingIds.IsAt(PeelSdk.FindingIds.At(Prefix, i), Prefix, i));
                Assert.False(PeelSdk.FindingIds.IsAt(PeelSdk.FindingIds.At(Prefix, i), Prefix, i + 1));
            }
        }

        [Fact]
        public void A_thousand_fuzzed_reports_compile_as_one_project_with_no_error_and_no_generator_exception()
        {
            // The same inputs as the parser's fuzz test (tests/Shared/FuzzInputs.cs), decoded as the compiler decodes AdditionalFiles.
            var reports = PeelSdk
                .Testing.FuzzInputs.Generate(1000, seed: 2027)
                .Select(input => ($"fuzz/{input.Index}.peel.txt", PeelSdk.PeelFiles.Decode(input.Bytes)))
                .ToList();
            var run = GeneratorHarness.RunUntracked(reports);
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id.StartsWith("CS", System.StringComparison.Ordinal));
            Assert.Empty(run.CompilationProblems);
            Assert.True(run.Sources.Length > 10, $"only {run.Sources.Length} sources generated");
        }
    }
}
