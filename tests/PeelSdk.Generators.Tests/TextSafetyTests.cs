using System.Linq;
using System.Reflection;

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

        private static string HostileReport() => string.Join("\n", new[]
        {
            "Testshire PEEL 2016", "Effectiveness", "How effective is the force at \"quoting\" \\ things */?",
            "How effective is the force at </summary> & <para>?",
        }.Concat(Hostile));

        [Fact]
        public void Hostile_text_compiles_without_warnings()
        {
            var run = GeneratorHarness.Run(("hostile.peel.txt", HostileReport()));
            Assert.Empty(run.CompilationProblems);
            Assert.Equal(2, run.Sources.Length);
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

        [Fact]
        public void Random_reports_always_generate_code_that_compiles()
        {
            var reports = PeelSdk.Testing.RandomReports.Generate(150, seed: 2018).Select((text, i) => ($"random/{i}.peel.txt", text)).ToList();
            var run = GeneratorHarness.Run(reports);
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id.StartsWith("CS", System.StringComparison.Ordinal));
            Assert.Empty(run.CompilationProblems);
            // Most random texts share a header, so few distinct reports are generated besides the catalog.
            Assert.True(run.Sources.Length > 2, $"only {run.Sources.Length} sources generated");
        }

        [Fact]
        public void Touching_one_report_or_finding_one_in_All_decodes_no_other()
        {
            var assembly = GeneratorHarness.Run(
                ("a.peel.txt", "Alpha PEEL 2016\nEffectiveness\nHow effective is the force?\nWell."),
                ("b.peel.txt", "Beta PEEL 2016\nEffectiveness\nHow effective is the force?\nWell."),
                ("c.peel.txt", "Alpha PEEL 2016\nEfficiency\nHow efficient is the force?\nWell.")).Load();
            var reports = assembly.GetType("PeelSdk.Reports.PeelReports")!;
            // Decoding happens on the thread that first touches a report; the count is this thread's alone.
            var decoded = PeelSdk.Generated.GeneratedReports.DecodedOnThisThread;
            int Decoded() => PeelSdk.Generated.GeneratedReports.DecodedOnThisThread - decoded;

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
    }
}
