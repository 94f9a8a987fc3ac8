using System;
using System.Collections.Generic;

namespace PeelSdk.Data
{
    /// <summary>Reads back what <see cref="ReportEncoder"/> wrote: the generated classes call it once per report, on first use.</summary>
    internal static class ReportDecoder
    {
        public static PeelReport Decode(string text)
        {
            var data = new ReportDataReader(text);
            var force = new Force(data.String(), data.NullableString(), data.String());
            var year = data.Number();
            var pillar = (Pillar)data.Choice((int)Pillar.OtherInspections);
            var file = data.String();
            var lastUpdated = Date(data.NullableString());
            var prefix = data.String();
            var context = new Context(data, file);
            var headline = context.Question(prefix);
            var questions = new Question[data.Number()];
            for (var i = 0; i < questions.Length; i++) questions[i] = context.Question(prefix);
            var lists = new ValueList<Finding>[ReportEncoder.ListIds.Length];
            for (var i = 0; i < lists.Length; i++) lists[i] = context.Findings(ReportEncoder.ListPrefix(prefix, ReportEncoder.ListIds[i]));
            if (!data.AtEnd) throw new FormatException("Report data has more than one report.");
            return new PeelReport(force, year, pillar, headline, ValueList<Question>.Wrap(questions), lists[0], lists[1], lists[2], lists[3], file, lastUpdated, lists[4]);
        }

        /// <summary>A <c>yyyy-MM-dd</c> date, read without the culture machinery.</summary>
        private static DateTime? Date(string? text)
        {
            if (text is null) return null;
            var parts = text.Split('-');
            if (parts.Length != 3) throw new FormatException($"Report data has '{text}' where a date is required.");
            return new DateTime(Number(parts[0]), Number(parts[1]), Number(parts[2]));

            int Number(string digits) => ReportDataReader.Parse(digits) ?? throw new FormatException($"Report data has '{text}' where a date is required.");
        }

        private sealed class Context
        {
            private readonly ReportDataReader data;
            private readonly string file;

            public Context(ReportDataReader data, string file)
            {
                this.data = data;
                this.file = file;
            }

            public Question Question(string prefix)
            {
                var number = data.Number();
                var key = data.String();
                var text = data.String();
                var source = Span();
                var grade = (Grade?)data.NullableChoice((int)Grade.Inadequate);
                var gradeSource = GradeSource();
                var judgementIndex = data.NullableNumber();
                var inlineJudgement = judgementIndex == -1 ? Finding(string.Empty) : null;
                var isUngraded = data.Flag();
                var carriedOverFrom = data.NullableNumber();
                var findings = Findings(ReportEncoder.QuestionPrefix(prefix, number));
                var judgement = judgementIndex is int index && index >= 0
                    ? (index < findings.Count ? findings[index] : throw new FormatException("Report data names a judgement past the findings."))
                    : inlineJudgement;
                return new Question(number, key, text, source, grade, gradeSource, judgement, findings, isUngraded, carriedOverFrom);
            }

            public ValueList<Finding> Findings(string prefix)
            {
                var findings = new Finding[data.Number()];
                for (var i = 0; i < findings.Length; i++) findings[i] = Finding(ReportEncoder.ExpectedId(prefix, i));
                return ValueList<Finding>.Wrap(findings);
            }

            private Finding Finding(string expectedId)
            {
                var id = data.String();
                var kind = (FindingKind)data.Choice((int)FindingKind.Note);
                var text = data.String();
                return new Finding(id.Length == 0 ? expectedId : id, kind, text, Span());
            }

            private SourceSpan Span()
            {
                var line = data.Number();
                var endLine = data.NullableNumber() ?? line;
                return new SourceSpan(OrReportFile(data.String()), line, endLine);
            }

            private GradeSource? GradeSource()
            {
                if (!(data.NullableChoice((int)GradeOrigin.Table) is int origin)) return null;
                var sourceFile = OrReportFile(data.String());
                var line = data.Number();
                var location = data.Flag()
                    ? new TextLocation(data.Number(), data.Number(), data.Number(), data.Number(), data.Number(), data.Number())
                    : null;
                return new GradeSource((GradeOrigin)origin, sourceFile, line, location);
            }

            private string OrReportFile(string token) => token.Length == 0 ? file : token;
        }
    }
}
