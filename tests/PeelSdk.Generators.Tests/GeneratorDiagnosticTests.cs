extern alias PeelGenerator;

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PeelSdk.Testing;

namespace PeelSdk.Generators.Tests
{
    /// <summary>Diagnostics reach the compiler located in the report text; bad setup is explained, not a broken build.</summary>
    public class GeneratorDiagnosticTests
    {
        private const string Good = "Kent PEEL 2016\nEffectiveness\nHow effective is the force?\nThe force is good at keeping people safe.";

        [Fact]
        public void A_broken_report_is_an_error_at_its_line_and_column_and_the_others_are_still_generated()
        {
            var run = GeneratorHarness.Run(
                ("reports/broken.peel.txt", "Skip to content\r\n\r\n  Alpha 2016\r\nEffectiveness\r\nHow?\r\nYes."),
                ("good.peel.txt", Good)
            );
            var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PEEL001");
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            var span = error.Location.GetLineSpan();
            Assert.Equal(GeneratorHarness.ProjectDir + "reports/broken.peel.txt", span.Path);
            Assert.Equal(
                (2, 2, 2, 12),
                (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character)
            );
            Assert.Equal(21, error.Location.SourceSpan.Start);
            Assert.Equal(10, error.Location.SourceSpan.Length);
            Assert.Contains("found 'Alpha 2016'", error.GetMessage());

            Assert.Empty(run.CompilationProblems);
            Assert.Equal(new[] { "good.peel.txt" }, run.GeneratedReportFiles);
        }

        [Fact]
        public void Every_rule_has_a_compiler_descriptor_with_its_id_severity_category_and_help_link()
        {
            var forId = typeof(PeelGenerator::PeelSdk.Generators.PeelReportGenerator)
                .Assembly.GetType("PeelSdk.Generators.Diagnostics.DiagnosticDescriptors")!
                .GetMethod("For", new[] { typeof(string) })!;
            Assert.All(PeelRules.All, rule =>
            {
                var descriptor = (DiagnosticDescriptor)forId.Invoke(null, new object[] { rule.Id })!;
                Assert.Equal(rule.Id, descriptor.Id);
                Assert.Equal(rule.Category, descriptor.Category);
                Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(rule.Severity.ToString(), descriptor.DefaultSeverity.ToString());
                Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            });
        }

        [Fact]
        public void Without_the_runtime_library_PEEL100_says_so_and_nothing_is_generated()
        {
            var run = GeneratorHarness.Run(new[] { ("good.peel.txt", Good) }, withRuntime: false);
            var missing = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PEEL100");
            Assert.Equal(DiagnosticSeverity.Error, missing.Severity);
            Assert.Contains("does not reference the PeelSdk runtime library", missing.GetMessage());
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void Without_reports_an_empty_catalog_is_generated_and_compiles()
        {
            var run = GeneratorHarness.Run(
                System.Array.Empty<(string, string)>(),
                null,
                true,
                "class User { int Count => PeelSdk.Reports.PeelReports.All.Count; }"
            );
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
        }

        [Fact]
        public void PeelReportsNamespace_sets_the_namespace()
        {
            var run = GeneratorHarness.Run(
                new[] { ("good.peel.txt", Good) },
                new Dictionary<string, string> { ["build_property.PeelReportsNamespace"] = "Contoso.Policing" },
                true,
                "class User { PeelSdk.Grade? G => Contoso.Policing.PeelReports.Kent.Peel2016.Effectiveness.Headline.Grade; }"
            );
            Assert.Empty(run.CompilationProblems);
            Assert.All(run.Sources, s => Assert.Contains("namespace Contoso.Policing\n", s.SourceText.ToString()));
        }

        [Theory]
        [InlineData("class")]
        [InlineData("My..Reports")]
        [InlineData("1Reports")]
        [InlineData("global")]
        public void An_invalid_namespace_is_PEEL101_and_the_default_is_used(string name)
        {
            var run = GeneratorHarness.Run(
                new[] { ("good.peel.txt", Good) },
                new Dictionary<string, string> { ["build_property.PeelReportsNamespace"] = name }
            );
            var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PEEL101");
            Assert.Contains($"'{name}'", warning.GetMessage());
            Assert.Empty(run.CompilationProblems);
            Assert.All(run.Sources, s => Assert.Contains("namespace PeelSdk.Reports\n", s.SourceText.ToString()));
        }

        [Fact]
        public void Files_are_reports_by_extension_or_by_PeelReport_metadata_only()
        {
            var marked = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "data/alpha.txt", Good);
            var unmarked = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "data/readme.txt", "Not a report");
            var named = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "beta.PEEL.TXT", Good.Replace("Kent", "Essex"));
            var perFile = new Dictionary<string, IDictionary<string, string>>
            {
                [marked.Path] = new Dictionary<string, string> { ["build_metadata._PeelMarkedReport.PeelReport"] = "True" },
            };
            var driver = GeneratorHarness
                .Driver(new Microsoft.CodeAnalysis.AdditionalText[] { marked, unmarked, named }, null, perFile)
                .RunGenerators(GeneratorHarness.Compilation());
            var result = driver.GetRunResult().Results.Single();
            Assert.Empty(result.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
            Assert.Equal(new[] { "beta.PEEL.TXT", "data/alpha.txt" }, GeneratorHarness.GeneratedReportFiles(result.GeneratedSources));
        }
    }
}
