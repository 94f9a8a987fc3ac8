using System;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk.Data
{
    /// <summary>
    /// Writes a complete report's model as <see cref="ReportData"/> (the generator embeds it in the consumer's
    /// assembly; <see cref="ReportDecoder"/> reads it back on first use). Finding ids that follow the parser's
    /// pattern and spans in the report's own file are written as empty tokens, so the data stays close to the text's size.
    /// </summary>
    internal static class ReportEncoder
    {
        public static string Encode(ParsedReport report)
        {
            if (!report.IsComplete)
            {
                throw new ArgumentException("Only a complete report (force, year, pillar and headline) is encoded.", nameof(report));
            }

            var force = report.Force!;
            var prefix = FindingIds.Report(force, report.Year, report.Pillar);
            var data = new ReportDataWriter(ExpectedLength(report))
                .String(ReportData.Version)
                .String(force.Name)
                .String(force.FullName)
                .String(force.Slug)
                .Number(report.Year!.Value)
                .Number((int)report.Pillar!.Value)
                .String(report.File)
                .Number(report.LastUpdated?.Year)
                .Number(report.LastUpdated?.Month)
                .Number(report.LastUpdated?.Day)
                .Number(report.AreasAssessed)
                .Number(report.AreasGraded)
                .String(prefix);
            var context = new Context(data, report.File);
            context.Question(report.Headline!, prefix);
            data.Number(report.Questions.Count);
            foreach (var question in report.Questions)
            {
                context.Question(question, prefix);
            }

            var lists = new[] { report.AreasForImprovement, report.CausesOfConcern, report.Recommendations, report.Notes, report.Preamble };
            for (var i = 0; i < lists.Length; i++)
            {
                context.Findings(lists[i], FindingIds.OfList(prefix, i));
            }

            return data.ToString();
        }

        // The text of every finding plus room for the tokens around it: the data is a little longer than the report's prose.
        private static int ExpectedLength(ParsedReport report)
        {
            var length = 512;
            foreach (var question in report.Questions.Concat(new[] { report.Headline! }))
            {
                length += question.Text.Length + 64 + Findings(question.Findings);
            }

            return length
                + Findings(report.AreasForImprovement)
                + Findings(report.CausesOfConcern)
                + Findings(report.Recommendations)
                + Findings(report.Notes)
                + Findings(report.Preamble);

            static int Findings(IReadOnlyList<Finding> findings) => findings.Sum(finding => finding.Text.Length + 24);
        }

        private sealed class Context
        {
            private readonly ReportDataWriter data;
            private readonly string file;

            public Context(ReportDataWriter data, string file)
            {
                this.data = data;
                this.file = file;
            }

            public void Question(Question question, string prefix)
            {
                data.Number(question.Number).String(question.Key).String(question.Text);
                Span(question.Source);
                data.Number(question.Grade is Grade grade ? (int)grade : (int?)null);
                GradeSource(question.GradeSource);
                var findings = FindingIds.OfQuestion(prefix, question.Number);
                var judgment = question.Judgment is null ? -1 : IndexOf(question.Findings, question.Judgment);
                if (question.Judgment is null)
                {
                    data.Number(null);
                }
                else if (judgment >= 0)
                {
                    data.Number(judgment);
                }
                else
                {
                    data.Number(-1);
                    Finding(question.Judgment, question.Judgment.Id.Length == 0);
                }
                data.Flag(question.IsUngraded).Number(question.CarriedOverFrom);
                Findings(question.Findings, findings);
            }

            public void Findings(IReadOnlyList<Finding> findings, string prefix)
            {
                data.Number(findings.Count);
                for (var i = 0; i < findings.Count; i++)
                {
                    Finding(findings[i], FindingIds.IsAt(findings[i].Id, prefix, i));
                }
            }

            // idIsExpected: the id is the one the decoder derives, so it is written as an empty token.
            private void Finding(Finding finding, bool idIsExpected)
            {
                data.String(idIsExpected ? string.Empty : finding.Id).Number((int)finding.Kind).String(finding.Text);
                Span(finding.Source);
            }

            private void Span(SourceSpan span) =>
                data.Number(span.Line).Number(span.EndLine == span.Line ? (int?)null : span.EndLine).String(span.File == file ? string.Empty : span.File);

            private void GradeSource(GradeSource? source)
            {
                data.Number(source is null ? (int?)null : (int)source.Origin);
                if (source is null)
                {
                    return;
                }

                data.String(source.File == file ? string.Empty : source.File).Number(source.Line).Flag(source.Location != null);
                if (source.Location is TextLocation at)
                {
                    data.Number(at.Start).Number(at.Length).Number(at.Line).Number(at.Column).Number(at.EndLine).Number(at.EndColumn);
                }
            }

            private static int IndexOf(IReadOnlyList<Finding> findings, Finding finding)
            {
                for (var i = 0; i < findings.Count; i++)
                {
                    if (ReferenceEquals(findings[i], finding) || findings[i] == finding)
                    {
                        return i;
                    }
                }
                return -1;
            }
        }
    }
}
