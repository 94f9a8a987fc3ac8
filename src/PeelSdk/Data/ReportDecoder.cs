using System;

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
            var pillar = (Pillar)data.Number(0, (int)Pillar.Integrated);
            var file = data.String();
            var updatedYear = data.NullableNumber(1, 9999);
            var updatedMonth = data.NullableNumber(1, 12);
            var updatedDay = data.NullableNumber(1, 31);
            var lastUpdated = updatedYear is int y && updatedMonth is int m && updatedDay is int d ? new DateTime(y, m, d) : (DateTime?)null;
            var areasAssessed = data.NullableNumber();
            var areasGraded = data.NullableNumber();
            var prefix = data.String();
            var context = new Context(data, file);
            var headline = context.Question(prefix);
            var questions = new Question[data.Number()];
            for (var i = 0; i < questions.Length; i++)
            {
                questions[i] = context.Question(prefix);
            }

            var lists = new ValueList<Finding>[FindingIds.ListCount];
            for (var i = 0; i < lists.Length; i++)
            {
                lists[i] = context.Findings(FindingIds.OfList(prefix, i));
            }

            if (!data.AtEnd)
            {
                throw ReportDataReader.Damaged("has more than one report");
            }

            return new PeelReport(
                force,
                year,
                pillar,
                headline,
                ValueList<Question>.Wrap(questions),
                lists[0],
                lists[1],
                lists[2],
                lists[3],
                file,
                lastUpdated,
                lists[4],
                areasAssessed,
                areasGraded
            );
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
                var grade = (Grade?)data.NullableNumber(0, (int)Grade.Inadequate);
                var gradeSource = GradeSource();
                var judgmentIndex = data.NullableNumber(-1);
                var inlineJudgment = judgmentIndex == -1 ? Finding(string.Empty) : null;
                var isUngraded = data.String().Length > 0;
                var carriedOverFrom = data.NullableNumber();
                var findings = Findings(FindingIds.OfQuestion(prefix, number));
                var judgment =
                    judgmentIndex is int index && index >= 0
                        ? (index < findings.Count ? findings[index] : throw ReportDataReader.Damaged("names a judgment past the findings"))
                        : inlineJudgment;
                return new Question(number, key, text, source, grade, gradeSource, judgment, findings, isUngraded, carriedOverFrom);
            }

            public ValueList<Finding> Findings(string prefix)
            {
                var findings = new Finding[data.Number()];
                for (var i = 0; i < findings.Length; i++)
                {
                    findings[i] = Finding(FindingIds.At(prefix, i));
                }

                return ValueList<Finding>.Wrap(findings);
            }

            private Finding Finding(string expectedId)
            {
                var id = data.String();
                var kind = (FindingKind)data.Number(0, (int)FindingKind.Practice);
                var text = data.String();
                return new Finding(id.Length == 0 ? expectedId : id, kind, text, Span());
            }

            private SourceSpan Span()
            {
                var line = data.Number();
                var endLine = data.NullableNumber() ?? line;
                var spanFile = data.String();
                return new SourceSpan(spanFile.Length == 0 ? file : spanFile, line, endLine);
            }

            private GradeSource? GradeSource()
            {
                if (!(data.NullableNumber(0, (int)GradeOrigin.Release) is int origin))
                {
                    return null;
                }

                var sourceFile = data.String();
                var line = data.Number();
                var location =
                    data.String().Length > 0
                        ? new TextLocation(data.Number(), data.Number(), data.Number(), data.Number(), data.Number(), data.Number())
                        : null;
                return new GradeSource((GradeOrigin)origin, sourceFile.Length == 0 ? file : sourceFile, line, location);
            }
        }
    }
}
