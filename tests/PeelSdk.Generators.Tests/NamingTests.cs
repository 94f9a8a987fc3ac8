using System.Linq;

namespace PeelSdk.Generators.Tests
{
    /// <summary>Names derived from text are valid, unique and stable, and clashes never break the build.</summary>
    public class NamingTests
    {
        private static string Report(string header, string pillar, params string[] questions) =>
            string.Join(
                "\n",
                new[] { header, pillar, "How effective is the force at keeping people safe?" }.Concat(questions.SelectMany(q => new[] { q, "A finding." }))
            );

        [Fact]
        public void Question_keys_that_clash_with_report_members_get_a_suffix_and_compile()
        {
            var run = GeneratorHarness.Run(
                (
                    "clash.peel.txt",
                    Report(
                        "Testshire PEEL 2016",
                        "Effectiveness",
                        "How effective is the force at equals?",
                        "How effective is the force at questions?",
                        "How effective is the force at effectiveness report?",
                        "How effective is the force at to string?"
                    )
                )
            );
            Assert.Empty(run.CompilationProblems);
            var source = run.Source("PeelReports.Shapes.g.cs");
            Assert.Contains("public global::PeelSdk.Question EqualsQuestion => QuestionAt(0);", source);
            Assert.Contains("public global::PeelSdk.Question QuestionsQuestion => QuestionAt(1);", source);
            Assert.Contains("public global::PeelSdk.Question EffectivenessReport => QuestionAt(2);", source);
            Assert.Contains("public global::PeelSdk.Question ToStringQuestion => QuestionAt(3);", source);
        }

        [Fact]
        public void Force_names_that_clash_with_each_other_or_the_entry_point_get_a_suffix_and_compile()
        {
            var run = GeneratorHarness.Run(
                ("1.peel.txt", Report("Alpha PEEL 2016", "Effectiveness")),
                ("2.peel.txt", Report("Alpha Reports PEEL 2016", "Effectiveness")),
                ("3.peel.txt", Report("All PEEL 2016", "Effectiveness")),
                ("4.peel.txt", Report("Peel Reports PEEL 2016", "Effectiveness")),
                ("5.peel.txt", Report("2 Counties PEEL 2016", "Effectiveness"))
            );
            Assert.Empty(run.CompilationProblems);
            var catalog = run.Source("PeelReports.g.cs");
            Assert.Contains("public static AlphaReports Alpha => default(AlphaReports);", catalog);
            Assert.Contains("public static AlphaReports2Reports AlphaReports2 => default(AlphaReports2Reports);", catalog);
            Assert.Contains("public static All2Reports All2 => default(All2Reports);", catalog);
            Assert.Contains("public static PeelReports2Reports PeelReports2 => default(PeelReports2Reports);", catalog);
            Assert.Contains("public static Force2CountiesReports Force2Counties => default(Force2CountiesReports);", catalog);
        }

        [Fact]
        public void Each_force_gets_one_file_with_all_its_reports_whatever_their_folders()
        {
            var run = GeneratorHarness.Run(
                ("north/report.peel.txt", Report("Alpha PEEL 2016", "Effectiveness")),
                ("south/report.peel.txt", Report("Alpha PEEL 2017", "Legitimacy")),
                ("other.peel.txt", Report("Gamma PEEL 2016", "Effectiveness")),
                ("alpha-2016-efficiency.peel.txt", Report("Alpha PEEL 2016", "Efficiency"))
            );
            Assert.Empty(run.CompilationProblems);
            Assert.Equal(
                new[] { "PeelReports.Alpha.g.cs", "PeelReports.Gamma.g.cs", "PeelReports.Shapes.g.cs", "PeelReports.g.cs" },
                run.Sources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal)
            );
            // In catalog order: year, then pillar.
            var alpha = run.Source("PeelReports.Alpha.g.cs");
            var places = new[] { "north/report.peel.txt", "alpha-2016-efficiency.peel.txt", "south/report.peel.txt" }
                .Select(file => alpha.IndexOf(" From " + file + ".</summary>", System.StringComparison.Ordinal))
                .ToList();
            Assert.DoesNotContain(-1, places);
            Assert.Equal(places.OrderBy(p => p), places);
        }

        [Fact]
        public void Forces_whose_names_differ_only_in_case_get_files_that_differ_ignoring_case()
        {
            var run = GeneratorHarness.Run(
                ("a.peel.txt", Report("Mac donald PEEL 2016", "Effectiveness")),
                ("b.peel.txt", Report("Macdonald PEEL 2016", "Effectiveness"))
            );
            Assert.Empty(run.CompilationProblems);
            var names = run.Sources.Select(s => s.HintName).ToList();
            Assert.Equal(names.Count, names.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
            Assert.Contains("PeelReports.Macdonald2.g.cs", names);
            Assert.Equal(new[] { "a.peel.txt", "b.peel.txt" }, run.GeneratedReportFiles);
        }

        [Fact]
        public void Two_files_that_are_the_same_report_give_PEEL005_on_the_second_and_one_report()
        {
            var run = GeneratorHarness.Run(
                ("b/copy.peel.txt", "\n" + Report("Alpha PEEL 2016", "Effectiveness")),
                ("a/original.peel.txt", Report("Alpha PEEL 2016", "Effectiveness"))
            );
            Assert.Empty(run.CompilationProblems);
            var duplicate = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PEEL005");
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, duplicate.Severity);
            var span = duplicate.Location.GetLineSpan();
            Assert.Equal(GeneratorHarness.ProjectDir + "b/copy.peel.txt", span.Path);
            Assert.Equal(
                (1, 0, 1, 15),
                (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character)
            );
            Assert.Contains("'a/original.peel.txt'", duplicate.GetMessage());
            Assert.Equal(new[] { "a/original.peel.txt" }, run.GeneratedReportFiles);
        }
    }
}
