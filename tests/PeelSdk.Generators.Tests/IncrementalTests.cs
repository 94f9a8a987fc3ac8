extern alias PeelGenerator;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PeelGenerator::PeelSdk.Generators;
using PeelSdk.Testing;

namespace PeelSdk.Generators.Tests
{
    /// <summary>The pipeline caches: editing C# re-parses nothing; editing one report re-parses only that one.</summary>
    public class IncrementalTests
    {
        private static readonly string[] Forces = { "Kent", "Essex", "Surrey" };

        private static InMemoryAdditionalText ReportFor(string force, string finding = "The force is good at investigating crime.") =>
            new InMemoryAdditionalText(
                $"{GeneratorHarness.ProjectDir}{force.ToLowerInvariant()}.peel.txt",
                $"{force} PEEL 2016\nEffectiveness\nHow effective is the force?\nHow effective is the force at investigating crime?\n{finding}"
            );

        private static (GeneratorDriver Driver, List<AdditionalText> Texts, Compilation Compilation) FirstRun()
        {
            var texts = Forces.Select(f => (AdditionalText)ReportFor(f)).ToList();
            var compilation = GeneratorHarness.Compilation(true, "class User { }");
            return (GeneratorHarness.Driver(texts).RunGenerators(compilation), texts, compilation);
        }

        private static List<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step)
        {
            var steps = driver.GetRunResult().Results.Single().TrackedSteps[step];
            var reasons = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            return reasons;
        }

        [Fact]
        public void Editing_CSharp_reparses_nothing_and_regenerates_nothing()
        {
            var (driver, _, compilation) = FirstRun();
            var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Another { }", GeneratorHarness.ParseOptions));
            driver = driver.RunGenerators(edited);

            Assert.All(Reasons(driver, TrackingNames.ParsedReports), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            Assert.All(Reasons(driver, TrackingNames.Identities), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            Assert.All(Reasons(driver, TrackingNames.Catalog), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            Assert.All(Reasons(driver, TrackingNames.Target), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
            Assert.All(Reasons(driver, TrackingNames.ReportSpecs), r =>
                Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString())
            );
            Assert.All(Reasons(driver, TrackingNames.ForceFiles), r =>
                Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString())
            );
        }

        [Fact]
        public void Editing_one_report_reparses_only_that_report()
        {
            var (driver, texts, compilation) = FirstRun();
            driver = driver
                .ReplaceAdditionalText(texts[1], ReportFor("Essex", "The force is good at investigating crime. Its files are thorough."))
                .RunGenerators(compilation);

            var parsed = Reasons(driver, TrackingNames.ParsedReports);
            Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(Forces.Length - 1, parsed.Count(r => r == IncrementalStepRunReason.Cached));
            // The official grades (tables, releases) did not change, so no other report is graded again.
            var graded = Reasons(driver, TrackingNames.GradedReports);
            Assert.Equal(Forces.Length - 1, graded.Count(r => r == IncrementalStepRunReason.Cached));
            // Identity and grades did not change, so the catalog is not even rebuilt, and the other reports' sources are untouched.
            Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(driver, TrackingNames.DataBudget)));
            Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(driver, TrackingNames.Catalog)));
            var sources = Reasons(driver, TrackingNames.ReportSpecs);
            Assert.Equal(1, sources.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(Forces.Length - 1, sources.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            var files = Reasons(driver, TrackingNames.ForceFiles);
            Assert.Equal(1, files.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(Forces.Length - 1, files.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            // The report asks the same questions, so the report types are not emitted again.
            Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(driver, TrackingNames.Shapes)));
            Assert.Contains(
                "Its files are thorough.",
                driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "PeelReports.Essex.g.cs").SourceText.ToString()
            );
        }

        [Fact]
        public void A_report_that_asks_a_new_question_set_emits_the_report_types_again_and_only_its_force_file()
        {
            var (driver, texts, compilation) = FirstRun();
            var essex = ReportFor("Essex").GetText()!.ToString() + "\nHow effective is the force at protecting vulnerable people?\nIt is good at it.";
            driver = driver.ReplaceAdditionalText(texts[1], new InMemoryAdditionalText(texts[1].Path, essex)).RunGenerators(compilation);

            Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(driver, TrackingNames.Shapes)));
            var files = Reasons(driver, TrackingNames.ForceFiles);
            Assert.Equal(1, files.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(Forces.Length - 1, files.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            var shapes = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "PeelReports.Shapes.g.cs").SourceText.ToString();
            // Two sets now: the one Kent and Surrey still ask, and Essex's own, named from its questions.
            Assert.Equal(2, shapes.Split("public sealed class Effectiveness2016Report").Length - 1);
            Assert.Contains("ProtectingVulnerablePeople", shapes);
        }

        [Fact]
        public void Editing_a_grade_rebuilds_the_catalog_index_one_report_spec_and_one_force_file()
        {
            var (driver, texts, compilation) = FirstRun();
            driver = driver.ReplaceAdditionalText(texts[1], ReportFor("Essex", "The force is inadequate at investigating crime.")).RunGenerators(compilation);

            Assert.Equal(1, Reasons(driver, TrackingNames.ParsedReports).Count(r => r == IncrementalStepRunReason.Modified));
            // The catalog's index carries every report's grades (grade queries decode no report), so it is rebuilt...
            Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(driver, TrackingNames.Catalog)));
            // ... but not the names, so the other reports' specs are not even rebuilt, and only the edited report's force file is emitted again.
            Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(driver, TrackingNames.Names)));
            var specs = Reasons(driver, TrackingNames.ReportSpecs);
            Assert.Equal(1, specs.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(Forces.Length - 1, specs.Count(r => r == IncrementalStepRunReason.Cached));
            var files = Reasons(driver, TrackingNames.ForceFiles);
            Assert.Equal(1, files.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(Forces.Length - 1, files.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            var sources = driver.GetRunResult().Results.Single().GeneratedSources;
            Assert.Contains("Grade: Inadequate, stated at line 5", sources.Single(s => s.HintName == "PeelReports.Essex.g.cs").SourceText.ToString());
            Assert.Contains("|InvestigatingCrime|4|5|", sources.Single(s => s.HintName == "PeelReports.g.cs").SourceText.ToString());
        }

        [Fact]
        public void Adding_a_report_parses_only_the_new_one()
        {
            var (driver, _, compilation) = FirstRun();
            driver = driver.AddAdditionalTexts(ImmutableArrayOf(ReportFor("Delta"))).RunGenerators(compilation);
            var parsed = Reasons(driver, TrackingNames.ParsedReports);
            Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.New));
            Assert.Equal(Forces.Length, parsed.Count(r => r == IncrementalStepRunReason.Cached));
        }

        [Fact]
        public void Adding_a_report_to_a_force_emits_only_that_force_file_again()
        {
            var (driver, _, compilation) = FirstRun();
            // Kent sorts between Essex and Surrey: the files around it keep their places and are not emitted again.
            var kent2017 = new InMemoryAdditionalText(
                GeneratorHarness.ProjectDir + "kent-2017.peel.txt",
                "Kent PEEL 2017\nEffectiveness\nHow effective is the force?\nIt is good."
            );
            driver = driver.AddAdditionalTexts(ImmutableArrayOf(kent2017)).RunGenerators(compilation);
            var files = Reasons(driver, TrackingNames.ForceFiles);
            Assert.Equal(1, files.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(Forces.Length - 1, files.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            Assert.Contains(
                "kent-2017.peel.txt",
                driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "PeelReports.Kent.g.cs").SourceText.ToString()
            );
        }

        [Fact]
        public void Editing_a_grades_table_reparses_no_report_and_regrades_only_the_reports_it_names()
        {
            var texts = Forces.Select(f => (AdditionalText)ReportFor(f, "Investigations are thorough.")).ToList();
            // Investigating crime is question 2 of the 2016 effectiveness set, wherever the page puts it.
            var table = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "grades.peel-grades.csv", "Kent,2016,Effectiveness,2,Good\n");
            var compilation = GeneratorHarness.Compilation(true, "class User { }");
            var driver = GeneratorHarness.Driver(texts.Append(table)).RunGenerators(compilation);
            driver = driver
                .ReplaceAdditionalText(table, new InMemoryAdditionalText(table.Path, "Kent,2016,Effectiveness,2,Outstanding\n"))
                .RunGenerators(compilation);

            Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(driver, TrackingNames.GradeTables)));
            Assert.All(Reasons(driver, TrackingNames.ParsedReports), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            var graded = Reasons(driver, TrackingNames.GradedReports);
            Assert.Equal(1, graded.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(Forces.Length - 1, graded.Count(r => r == IncrementalStepRunReason.Unchanged));
            Assert.Contains(
                "Grade: Outstanding, from grades.peel-grades.csv line 1",
                driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "PeelReports.Kent.g.cs").SourceText.ToString()
            );
        }

        [Fact]
        public void Editing_a_news_release_reparses_only_it_and_regrades_only_the_report_it_is_about()
        {
            var texts = new[] { "Kent", "Essex", "Surrey" }
                .Select(f =>
                    (AdditionalText)
                        new InMemoryAdditionalText(
                            $"{GeneratorHarness.ProjectDir}{f.ToLowerInvariant()}-2021.peel.txt",
                            $"PEEL 2021/22 – An inspection of {f} Police\nOverall summary\n{f} Police has improved.\nInvestigating "
                                + $"crime\nInvestigations are thorough."
                        )
                )
                .ToList();
            var release = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "kent-news.peel.txt", ReleaseAboutKent("good"));
            var compilation = GeneratorHarness.Compilation(true, "class User { }");
            var driver = GeneratorHarness.Driver(texts.Append(release)).RunGenerators(compilation);
            driver = driver
                .ReplaceAdditionalText(release, new InMemoryAdditionalText(release.Path, ReleaseAboutKent("outstanding")))
                .RunGenerators(compilation);

            var parsed = Reasons(driver, TrackingNames.ParsedReports);
            Assert.Equal((1, 3), (parsed.Count(r => r == IncrementalStepRunReason.Modified), parsed.Count(r => r == IncrementalStepRunReason.Cached)));
            Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(driver, TrackingNames.ReleaseGrades)));
            var graded = Reasons(driver, TrackingNames.GradedReports);
            Assert.Equal(2, graded.Count(r => r == IncrementalStepRunReason.Modified)); // Kent's report, and the release itself
            Assert.Equal(2, graded.Count(r => r == IncrementalStepRunReason.Unchanged));
            Assert.Contains(
                "Grade: Outstanding, from kent-news.peel.txt line 3",
                driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "PeelReports.Kent.g.cs").SourceText.ToString()
            );
            foreach (var output in driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ReleaseGrades].SelectMany(s => s.Outputs))
            {
                AssertNoCompilerObjects(output.Value, TrackingNames.ReleaseGrades, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }

            static string ReleaseAboutKent(string grade) =>
                $"Kent Police has improved\nKent Police has improved, the police inspectorate has said.\nPEEL 2021/22 – An inspection of Kent "
                + $"Police. Kent Police is {grade} at investigating crime.";
        }

        [Fact]
        public void Pipeline_models_hold_no_compiler_objects()
        {
            var (driver, _, _) = FirstRun();
            var result = driver.GetRunResult().Results.Single();
            foreach (
                var step in new[]
                {
                    TrackingNames.Options,
                    TrackingNames.ParsedReports,
                    TrackingNames.GradedReports,
                    TrackingNames.Identities,
                    TrackingNames.DataSizes,
                    TrackingNames.DataBudget,
                    TrackingNames.Catalog,
                    TrackingNames.Names,
                    TrackingNames.Target,
                    TrackingNames.ReportSpecs,
                    TrackingNames.ForceFiles,
                    TrackingNames.FileDiagnostics,
                }
            )
            {
                var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
                Assert.NotEmpty(outputs);
                foreach (var output in outputs)
                {
                    AssertNoCompilerObjects(output, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }

        private static System.Collections.Immutable.ImmutableArray<AdditionalText> ImmutableArrayOf(AdditionalText text) =>
            System.Collections.Immutable.ImmutableArray.Create(text);

        private static readonly Type[] Forbidden =
        {
            typeof(Compilation),
            typeof(ISymbol),
            typeof(SyntaxNode),
            typeof(SyntaxTree),
            typeof(AdditionalText),
            typeof(SourceText),
            typeof(Location),
            typeof(Diagnostic),
        };

        private static void AssertNoCompilerObjects(object? value, string path, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            var type = value.GetType();
            Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.Name}");
            if (value is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    AssertNoCompilerObjects(item, $"{path}[{i++}]", seen);
                }
            }
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                AssertNoCompilerObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
            }
        }
    }
}
