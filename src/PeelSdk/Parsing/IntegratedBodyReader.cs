using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// The body of an integrated report (2021/22 onwards; <see cref="IntegratedIdentityReader"/> reads its identity): the
    /// overall summary with its counts, ungraded areas, "awarded no … grades" sentences and judgments table, then an area
    /// per section. Sections that are not areas ("Important changes to PEEL") are kept as notes. The opening's counts
    /// and sentences are checked against the areas and grades read.
    /// </summary>
    internal sealed class IntegratedBodyReader : BodyReader
    {
        private int tableEnd;
        private bool tableRead;
        private bool inNoteSection;
        private int? areasAssessed;
        private int? areasGraded;
        private TextLocation? countsLocation;

        public IntegratedBodyReader(ReadOutput output, ParsedIdentity identity, CancellationToken cancellationToken)
            : base(output, identity, cancellationToken) { }

        protected override int? AreaCycle => Identity.Year;

        protected override int? AreasAssessed => areasAssessed;

        protected override int? AreasGraded => areasGraded;

        protected override bool ParagraphIsNote => inNoteSection;

        protected override bool IsRead(SourceLine line) => line.Number <= tableEnd;

        protected override void ReadLine(SourceLine line, ClassifiedLine classified)
        {
            if (classified.Kind == LineKind.NoteHeading)
            {
                inNoteSection = true;
                CloseList();
                KeepAsNote(line);
                return;
            }
            if (inNoteSection && classified.Kind is not (LineKind.Section or LineKind.Heading or LineKind.Chrome))
            {
                // A section that is not an area keeps all its text as notes, grade words and bullets included.
                StartParagraph(line, 0, null);
                return;
            }
            base.ReadLine(line, classified);
        }

        protected override void StartTextParagraph(SourceLine line)
        {
            if (Headline is null)
            {
                StartHeadline(line, "Overall summary");
            }

            base.StartTextParagraph(line);
        }

        protected override void StartSection(SourceLine line)
        {
            var text = line.Trimmed;
            inNoteSection = false;
            var isSummary = IntegratedPatterns.IsOverallSummary(text);
            if (Headline != null && isSummary)
            {
                // "Overall summary" after a title page's other lines (contents, forewords): the summary goes on.
                Output.StructureLines.Add(line.Number);
                Current = Headline;
                return;
            }
            if (Headline is null)
            {
                StartHeadline(line, isSummary ? text : "Overall summary");
                if (isSummary)
                {
                    return;
                }
            }
            if (
                QuestionCatalog.Match(text, Pillar.Integrated, Identity.Year) is { } area
                && Questions.FirstOrDefault(q => q.Key == area.Key) is { HasHeading: false } tabled
            )
            {
                // An area the judgments table or the opening named: its section continues it.
                tabled.OpenAt(line);
                Current = tabled;
                return;
            }

            StartQuestion(line);
        }

        /// <summary>A paragraph of the overall summary: the opening's counts, ungraded areas and "awarded no" sentences; a table may follow it.</summary>
        protected override void FindingRead(Paragraph read)
        {
            if (Current != Headline)
            {
                return;
            }

            if (areasAssessed is null && IntegratedPatterns.TryOpening(read.Text, out _, out var assessed, out var assessedGroup, out var graded))
            {
                areasAssessed = assessed;
                areasGraded = graded;
                countsLocation = read.LocationOf(assessedGroup.Index, assessedGroup.Length);
            }
            if (IntegratedPatterns.UngradedAreas(read.Text) is string ungraded)
            {
                var named = QuestionCatalog.All.Where(q =>
                    q.Pillar == Pillar.Integrated && q.Phrases.Any(p => ungraded.IndexOf(p, System.StringComparison.OrdinalIgnoreCase) >= 0)
                );
                foreach (var area in named)
                {
                    AreaNamed(area.Key, area.Text, Lines[read.FirstLine - 1]).IsUngraded = true;
                }
            }
            if (IntegratedPatterns.TryAwardedNo(read.Text, out var ruledOut, out var index, out var length))
            {
                Precedence.StateRuledOut(ruledOut, read.LocationOf(index, length));
            }
            if (!tableRead && read.Text.EndsWith("as follows:", System.StringComparison.OrdinalIgnoreCase))
            {
                tableRead = true;
                ReadJudgmentsTable(read.LastLine);
            }
        }

        /// <summary>The opening's counts against the areas and grades read (PEEL018).</summary>
        protected override void Finish()
        {
            var graded = Questions.Count(q => q.Grade != null);
            if (countsLocation is TextLocation counts && (areasAssessed != Questions.Count || (areasGraded != null && areasGraded != graded)))
            {
                var hint = tableEnd == 0 ? ": the judgments table after 'as follows:' is not in the text; copy it with the page" : string.Empty;
                Report(PeelRules.AreaCountsDisagree, counts, Count(areasAssessed), Count(areasGraded), Number(Questions.Count), Number(graded), hint);
            }
            static string Count(int? value) => value is int known ? Number(known) : "?";
        }

        /// <summary>Reads the judgments table from the line after the opening: each row becomes a finding of the summary and grades its area.</summary>
        private void ReadJudgmentsTable(int firstLine)
        {
            var (areas, end) = JudgmentsTable.Read(Lines, firstLine);
            if (end == firstLine)
            {
                return;
            }

            tableEnd = end;
            var rows = new Dictionary<int, Finding>();
            for (var i = firstLine; i < end; i++)
            {
                var line = Lines[i];
                if (line.IsBlank)
                {
                    continue;
                }

                var row = new Finding(Headline!.NextFindingId, FindingKind.Finding, line.Trimmed, new SourceSpan(File, line.Number, line.Number));
                Headline.Findings.Add(row);
                rows[line.Number] = row;
            }
            foreach (var area in areas)
            {
                var known = QuestionCatalog.Match(area.Name, Pillar.Integrated, Identity.Year);
                var section = AreaNamed(known?.Key ?? QuestionKeys.Derive(area.Name, Questions.Count + 1, UsedKeys), area.Name, area.NameLine);
                if (known is null)
                {
                    Report(
                        PeelRules.UnknownQuestion,
                        TextLocations.InLine(area.NameLine, area.NameOffset, area.Name.Length),
                        Number(section.Number),
                        "integrated",
                        section.Key
                    );
                }

                var claim = new GradeClaim(area.Grade, area.GradeLine.Number, TextLocations.InLine(area.GradeLine, area.GradeOffset, area.GradeLength));
                Precedence.StateInTable(section, claim, rows[area.NameLine.Number]);
            }
        }

        /// <summary>The area with this key, created (without a heading of its own yet) if the report has not named it before.</summary>
        private SectionBuilder AreaNamed(string key, string text, SourceLine line)
        {
            var area = Questions.FirstOrDefault(q => q.Key == key);
            if (area != null)
            {
                return area;
            }

            UsedKeys.Add(key);
            var number = NumberFor(null);
            area = SectionBuilder.Named(number, key, text, line, FindingIds.OfQuestion(Identity.IdPrefix, number));
            Questions.Add(area);
            return area;
        }
    }
}
