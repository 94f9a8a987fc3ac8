using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PeelSdk.Testing;

namespace PeelSdk.Tests
{
    /// <summary>Every rule, on fixture files: the exact diagnostics each file gets, and the look-alikes that must get none.</summary>
    public class DiagnosticCatalogTests
    {
        private static readonly PeelFileSet Checked = PeelFiles.ParseAll(DiagnosticFixtures.Files, new PeelParseOptions(DiagnosticFixtures.CurrentYear));

        private static ParsedReport Report(string fileName) => Checked.Reports.Single(r => Path.GetFileName(r.File) == fileName);

        private static IReadOnlyList<PeelDiagnostic> DiagnosticsOf(string fileName) =>
            Checked
                .Reports.Where(r => Path.GetFileName(r.File) == fileName)
                .Select(r => r.Diagnostics)
                .Concat(Checked.Tables.Where(t => Path.GetFileName(t.File) == fileName).Select(t => t.Diagnostics))
                .Single();

        [Theory]
        [MemberData(nameof(DiagnosticFixtures.FileNames), MemberType = typeof(DiagnosticFixtures))]
        public void Each_fixture_gets_exactly_its_expected_diagnostics(string fileName)
        {
            var actual = DiagnosticsOf(fileName).Select(d => (d.Id, d.Severity, d.Location.Line, d.Location.Column, d.Location.EndLine, d.Location.EndColumn));
            Assert.Equal(DiagnosticFixtures.For(fileName), actual);
        }

        [Fact]
        public void Every_file_rule_has_a_fixture_that_triggers_it_and_a_look_alike_that_does_not()
        {
            foreach (var id in DiagnosticFixtures.FileRuleIds)
            {
                Assert.Contains(DiagnosticFixtures.All, e => e.Id == id && e.File.StartsWith(id, StringComparison.Ordinal));
                var lookAlike = DiagnosticFixtures.Files.Select(Path.GetFileName).Single(f => f!.StartsWith(id + ".ok.", StringComparison.Ordinal));
                Assert.DoesNotContain(DiagnosticsOf(lookAlike!), d => d.Id == id);
            }
        }

        [Fact]
        public void Every_diagnostic_has_a_rule_with_a_help_link()
        {
            Assert.All(Checked.Diagnostics, d =>
            {
                Assert.Same(PeelRules.All.Single(r => r.Id == d.Id), d.Rule);
                // No relative link that opens nothing: an absolute address, or none until the project has one.
                Assert.True(
                    d.Rule.HelpLink.Length == 0 || (Uri.TryCreate(d.Rule.HelpLink, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps),
                    d.Rule.HelpLink
                );
                Assert.Equal(PeelRules.HelpLinkBase.Length == 0 ? string.Empty : PeelRules.HelpLinkBase + d.Id.ToLowerInvariant(), d.Rule.HelpLink);
            });
        }

        [Fact]
        public void Every_rule_is_documented_with_a_bad_and_a_fixed_example()
        {
            var docs = File.ReadAllText(Path.Combine(Reports.RepositoryRoot(), "docs", "diagnostics.md"));
            foreach (var rule in PeelRules.All)
            {
                var start = docs.IndexOf($"\n## {rule.Id}: {rule.Title}\n", StringComparison.Ordinal);
                Assert.True(start >= 0, $"docs/diagnostics.md has no '## {rule.Id}: {rule.Title}' section");
                var end = docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
                var section = docs.Substring(start, (end < 0 ? docs.Length : end) - start);
                Assert.Contains("Bad:", section);
                Assert.Contains("Fixed:", section);
            }
        }

        [Fact]
        public void Every_rule_is_tracked_for_release()
        {
            var tracked = File.ReadAllText(Path.Combine(Reports.RepositoryRoot(), "generators", "PeelSdk.Generators", "AnalyzerReleases.Unshipped.md"));
            Assert.All(PeelRules.All, rule => Assert.Contains($"{rule.Id} | {rule.Category} | {rule.Severity} | {rule.Title}", tracked));
        }

        [Theory]
        [MemberData(nameof(DiagnosticFixtures.ReportFileNames), MemberType = typeof(DiagnosticFixtures))]
        public void No_text_is_silently_dropped(string fileName)
        {
            var path = Path.Combine(DiagnosticFixtures.Folder(), fileName);
            ModelChecks.AssertEveryLineAccountedFor(File.ReadAllText(path), Report(fileName));
        }

        [Fact]
        public void No_text_is_silently_dropped_from_the_seed() =>
            ModelChecks.AssertEveryLineAccountedFor(File.ReadAllText(Reports.SeedPath), PeelFiles.Parse(Reports.SeedPath));
    }
}
