using System;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk.Tests
{
    /// <summary>What must hold of any parse result, whatever the text.</summary>
    internal static class ModelChecks
    {
        /// <summary>
        /// Every non-blank line is structure (header, pillar, list heading), a question, a finding, a list item, a note,
        /// or named by a diagnostic; PEEL011 (not text) names the whole file.
        /// </summary>
        public static void AssertEveryLineAccountedFor(string text, ParsedReport report)
        {
            if (report.Diagnostics.Any(d => d.Id == PeelRuleIds.NotText))
            {
                return;
            }

            var covered = new HashSet<int>(report.StructureLines);
            void Cover(SourceSpan span)
            {
                for (var line = span.Line; line <= span.EndLine; line++)
                {
                    covered.Add(line);
                }
            }
            foreach (var question in report.Questions.Concat(report.Headline is null ? Array.Empty<Question>() : new[] { report.Headline }))
            {
                Cover(question.Source);
                foreach (var finding in question.Findings)
                {
                    Cover(finding.Source);
                }
            }
            foreach (
                var finding in report
                    .AreasForImprovement.Concat(report.CausesOfConcern)
                    .Concat(report.Recommendations)
                    .Concat(report.Notes)
                    .Concat(report.Preamble)
            )
            {
                Cover(finding.Source);
            }

            foreach (var diagnostic in report.Diagnostics)
            {
                for (var line = diagnostic.Location.Line; line <= diagnostic.Location.EndLine; line++)
                {
                    covered.Add(line);
                }
            }

            var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            var dropped = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1].Trim().Length > 0 && !covered.Contains(n)).ToList();
            Assert.True(dropped.Count == 0, $"{report.File}: lines {string.Join(", ", dropped)} are in neither the model nor a diagnostic");
        }

        /// <summary>Every diagnostic lies inside the text: its offsets within it, its lines among its lines.</summary>
        public static void AssertDiagnosticsInsideText(string text, ParsedReport report)
        {
            var lineCount = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Length;
            foreach (var d in report.Diagnostics)
            {
                Assert.InRange(d.Location.Start, 0, text.Length);
                Assert.InRange(d.Location.Start + d.Location.Length, d.Location.Start, text.Length);
                Assert.InRange(d.Location.Line, 1, lineCount);
                Assert.InRange(d.Location.EndLine, d.Location.Line, lineCount);
            }
        }
    }
}
