using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PeelSdk.Testing;

namespace PeelSdk.Generators.Tests
{
    /// <summary>The generator reports the fixtures' diagnostics exactly as <c>peel check</c> and the parser do.</summary>
    public class FixtureDiagnosticTests
    {
        private static readonly Dictionary<string, string> Year = new Dictionary<string, string>
        {
            ["build_property.PeelCurrentYear"] = DiagnosticFixtures.CurrentYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        private static List<AdditionalText> FixtureTexts() =>
            DiagnosticFixtures.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f, File.ReadAllText(f))).ToList();

        private static string Format(Diagnostic d)
        {
            var span = d.Location.GetLineSpan();
            var severity = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage()}";
        }

        [Fact]
        public void Generator_diagnostics_are_the_lines_peel_check_prints_with_the_same_spans()
        {
            var result = GeneratorHarness.Driver(FixtureTexts(), Year).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
            var expected = PeelFiles.ParseAll(DiagnosticFixtures.Files, new PeelParseOptions(DiagnosticFixtures.CurrentYear)).Diagnostics.ToList();

            Assert.Equal(
                expected.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal),
                result.Diagnostics.Select(Format).OrderBy(s => s, StringComparer.Ordinal)
            );
            Assert.Equal(
                expected
                    .Select(d => (d.File, d.Location.Start, d.Location.Length, d.Location.EndLine, d.Location.EndColumn))
                    .OrderBy(x => x.File, StringComparer.Ordinal)
                    .ThenBy(x => x.Start),
                result
                    .Diagnostics.Select(d =>
                        (
                            d.Location.GetLineSpan().Path,
                            d.Location.SourceSpan.Start,
                            d.Location.SourceSpan.Length,
                            d.Location.GetLineSpan().EndLinePosition.Line + 1,
                            d.Location.GetLineSpan().EndLinePosition.Character + 1
                        )
                    )
                    .OrderBy(x => x.Path, StringComparer.Ordinal)
                    .ThenBy(x => x.Start)
            );
            Assert.All(result.Diagnostics, d => Assert.Equal(PeelRules.HelpLink(d.Id), d.Descriptor.HelpLinkUri));
        }

        [Fact]
        public void Broken_fixtures_never_break_the_build_of_the_others()
        {
            var driver = GeneratorHarness.Driver(FixtureTexts(), Year).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            // Every fixture with a force, year, pillar and headline is generated; those without, the duplicate and the pages that are not reports are not.
            var pages = new[]
            {
                "PEEL022.peel.txt",
                "PEEL023.peel.txt",
                "PEEL023.ok.peel.txt",
                "PEEL024-release.peel.txt",
                "PEEL024-ok-release.peel.txt",
                "PEEL025-release.peel.txt",
                "PEEL025-ok-release.peel.txt",
            };
            var notGenerated = new[]
            {
                "PEEL001.peel.txt",
                "PEEL002.peel.txt",
                "PEEL003.peel.txt",
                "PEEL005-b.peel.txt",
                "PEEL011-latin1.peel.txt",
                "PEEL011-nul.peel.txt",
                "PEEL011.peel.txt",
            }.Concat(pages);
            var expected = DiagnosticFixtures
                .Files.Select(Path.GetFileName)
                .Where(f => f!.EndsWith(".peel.txt", StringComparison.Ordinal))
                .Except(notGenerated);
            var generated = GeneratorHarness.GeneratedReportFiles(driver.GetRunResult().Results.Single().GeneratedSources).Select(Path.GetFileName);
            Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), generated.OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void Without_PeelCurrentYear_only_the_lower_bound_of_PEEL012_is_checked()
        {
            var result = GeneratorHarness.Driver(FixtureTexts()).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
            var years = result.Diagnostics.Where(d => d.Id == "PEEL012").Select(d => Path.GetFileName(d.Location.GetLineSpan().Path));
            Assert.Equal(new[] { "PEEL012.peel.txt" }, years);
        }
    }
}
