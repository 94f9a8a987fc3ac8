using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// What an integrated report (2021/22 onwards) adds to reading its body (<see cref="IntegratedIdentityReader"/> reads its identity):
    /// the judgments table; the opening's counts, ungraded areas and "awarded no … grades" sentences; and the checks of table,
    /// sections and sentences against each other. Areas are read as the report's questions.
    /// </summary>
    internal sealed partial class ReportReader
    {
        private int tableEnd;
        private bool inNoteSection;
        private int? areasAssessed;
        private int? areasGraded;
        private TextLocation? countsLocation;
        private bool tableRead;
        private readonly List<(List<Grade> Grades, string Words, TextLocation Location)> awardedNo = new List<(List<Grade>, string, TextLocation)>();

        /// <summary>A paragraph of the overall summary: the opening's counts, ungraded areas and "awarded no" sentences; a table may follow it.</summary>
        private void ReadSummaryParagraph(Paragraph read)
        {
            if (areasAssessed is null && IntegratedPatterns.TryOpening(read.Text, out _, out var assessed, out var assessedGroup, out var graded))
            {
                areasAssessed = assessed;
                areasGraded = graded;
                countsLocation = read.LocationOf(assessedGroup.Index, assessedGroup.Length);
            }
            if (IntegratedPatterns.UngradedAreas(read.Text) is string ungraded)
            {
                foreach (
                    var area in QuestionCatalog.All.Where(q =>
                        q.Pillar == Pillar.Integrated && q.Phrases.Any(p => ungraded.IndexOf(p, System.StringComparison.OrdinalIgnoreCase) >= 0)
                    )
                )
                {
                    AreaNamed(area.Key, area.Text, LineOf(read.FirstLine)).IsUngraded = true;
                }
            }
            if (IntegratedPatterns.TryAwardedNo(read.Text, out var ruledOut, out var index, out var length))
            {
                awardedNo.Add((ruledOut, string.Join(" or ", ruledOut.Select(Grades.ToWords)), read.LocationOf(index, length)));
            }
            if (!tableRead && read.Text.EndsWith("as follows:", System.StringComparison.OrdinalIgnoreCase))
            {
                tableRead = true;
                ReadJudgmentsTable(read.LastLine);
            }
        }

        /// <summary>Reads the judgments table from the line after the opening: each row becomes a finding of the summary and grades its area.</summary>
        private void ReadJudgmentsTable(int firstLine)
        {
            var (areas, end) = JudgmentsTable.Read(context.Lines, firstLine);
            if (end == firstLine)
            {
                return;
            }

            tableEnd = end;
            var rows = new Dictionary<int, Finding>();
            for (var i = firstLine; i < end; i++)
            {
                if (context.Lines[i].IsBlank)
                {
                    continue;
                }

                var row = new Finding(
                    headline!.NextFindingId,
                    FindingKind.Finding,
                    context.Lines[i].Trimmed,
                    new SourceSpan(context.File, context.Lines[i].Number, context.Lines[i].Number)
                );
                headline.Findings.Add(row);
                rows[context.Lines[i].Number] = row;
            }
            foreach (var area in areas)
            {
                var known = QuestionCatalog.Match(area.Name, Pillar.Integrated, context.Year);
                var section = AreaNamed(known?.Key ?? QuestionKeys.Derive(area.Name, questions.Count + 1, questionKeys), area.Name, area.NameLine);
                if (known is null)
                {
                    Report(
                        PeelRules.UnknownQuestion,
                        TextLocations.InLine(area.NameLine, area.NameOffset, area.Name.Length),
                        section.Number.ToString(CultureInfo.InvariantCulture),
                        "integrated",
                        section.Key
                    );
                }

                section.TableGrade = (
                    area.Grade,
                    area.GradeLine.Number,
                    TextLocations.InLine(area.GradeLine, area.GradeOffset, area.GradeLength),
                    rows[area.NameLine.Number]
                );
            }
        }

        private SourceLine LineOf(int number) => context.Lines[number - 1];

        /// <summary>The area with this key, created (without a heading of its own yet) if the report has not named it before.</summary>
        private SectionBuilder AreaNamed(string key, string text, SourceLine line)
        {
            var area = questions.FirstOrDefault(q => q.Key == key);
            if (area != null)
            {
                return area;
            }

            questionKeys.Add(key);
            var number = NumberFor(null);
            area = SectionBuilder.Named(number, key, text, line, $"{idPrefix}/q{number.ToString(CultureInfo.InvariantCulture)}");
            questions.Add(area);
            return area;
        }

        /// <summary>The opening's counts against the areas and grades read (PEEL018), and its "awarded no" sentences against the grades (PEEL020).</summary>
        private void CheckIntegratedSummary()
        {
            var graded = questions.Count(q => q.Grade != null);
            if (countsLocation is TextLocation counts && (areasAssessed != questions.Count || (areasGraded != null && areasGraded != graded)))
            {
                var hint = tableEnd == 0 ? ": the judgments table after 'as follows:' is not in the text; copy it with the page" : string.Empty;
                Report(PeelRules.AreaCountsDisagree, counts, Number(areasAssessed), Number(areasGraded), Number(questions.Count), Number(graded), hint);
            }
            foreach (var (ruledOut, words, location) in awardedNo)
            {
                var contradicted = questions.FirstOrDefault(q => q.Grade is Grade grade && ruledOut.Contains(grade));
                if (contradicted != null)
                {
                    Report(
                        PeelRules.SummaryDisagreesWithGrades,
                        location,
                        words,
                        contradicted.Text,
                        Grades.ToWords(contradicted.Grade!.Value),
                        Number(contradicted.GradeLine)
                    );
                }
            }

            static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
        }
    }
}
