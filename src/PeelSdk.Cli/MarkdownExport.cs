using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PeelSdk.Cli
{
    /// <summary>
    /// Writes <c>peel export --format markdown</c>: per report a heading, a grade table (number, question, grade, where the
    /// grade is stated), then each question's findings with their lines.
    /// </summary>
    public static class MarkdownExport
    {
        /// <summary>Writes every report of <paramref name="reports"/>, in their order.</summary>
        public static void Write(IEnumerable<ParsedReport> reports, TextWriter output)
        {
            foreach (var report in reports)
            {
                output.WriteLine($"## {Inline(Title(report))}");
                output.WriteLine();
                output.WriteLine(
                    $"Source: `{report.File}`"
                        + (
                            report.GradeScale is GradeScale scale
                                ? $" · grades on the {(scale == GradeScale.FiveTier ? "five" : "four")}-tier scale"
                                : string.Empty
                        )
                );
                output.WriteLine();
                var units = (report.Headline is null ? report.Questions : new[] { report.Headline }.Concat(report.Questions)).ToList();
                output.WriteLine("| # | Question | Grade | Stated at |");
                output.WriteLine("|---|---|---|---|");
                foreach (var question in units)
                {
                    output.WriteLine(
                        $"| {Number(question.Number)} | {Cell(question.Text)} | {Grade(question)} "
                            + $"| {Cell(question.GradeSource is { } source ? $"{source.File}({Number(source.Line)})" : string.Empty)} |"
                    );
                }
                foreach (var question in units)
                {
                    output.WriteLine();
                    output.WriteLine($"### {Number(question.Number)}. {Inline(question.Text)}");
                    output.WriteLine();
                    foreach (var finding in question.Findings)
                    {
                        output.WriteLine(
                            $"- {Inline(finding.Text)} "
                                + $"(line {Number(finding.Source.Line)}){(finding.Kind == FindingKind.Finding ? string.Empty : $" *{finding.Kind}*")}"
                        );
                    }
                }
                WriteList(output, "Areas for improvement", report.AreasForImprovement);
                WriteList(output, "Causes of concern", report.CausesOfConcern);
                WriteList(output, "Recommendations", report.Recommendations);
                output.WriteLine();
            }
        }

        private static void WriteList(TextWriter output, string heading, IReadOnlyList<Finding> items)
        {
            if (items.Count == 0)
            {
                return;
            }

            output.WriteLine();
            output.WriteLine($"### {heading}");
            output.WriteLine();
            foreach (var item in items)
            {
                output.WriteLine($"- {Inline(item.Text)} (line {Number(item.Source.Line)})");
            }
        }

        private static string Title(ParsedReport report) =>
            report.Force is null ? report.File : $"{report.Force.Name} PEEL {report.Cycle} {report.Pillar?.ToString() ?? string.Empty}".TrimEnd();

        private static string Grade(Question question) =>
            question.Grade is PeelSdk.Grade grade ? $"**{GradeWords.Label(grade)}**"
            : question.IsUngraded ? "ungraded"
            : "–";

        // Text goes on one line: a finding's own line breaks (a list joined to it) become "<br>", and markup characters are escaped.
        private static string Inline(string text) =>
            text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("`", "\\`").Replace("<", "&lt;").Replace("\n", "<br>");

        private static string Cell(string text) => Inline(text).Replace("|", "\\|");

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
