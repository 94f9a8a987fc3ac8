using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// What an integrated report (2021/22 onwards) adds to the reading: its identity from a title, the opening or the file name;
    /// the judgments table; the opening's counts, ungraded areas and "awarded no … grades" sentences; and the checks of table,
    /// sections and sentences against each other. Areas are read as the report's questions.
    /// </summary>
    internal sealed partial class ReportReader
    {
        // Integrated openings put the title, if any, and "Our inspection assessed …" within the first lines.
        private const int OpeningSearchLines = 40;

        private int? integratedYear;
        private int tableEnd;
        private bool inNoteSection;
        private int? areasAssessed;
        private int? areasGraded;
        private TextLocation? countsLocation;
        private bool tableRead;
        private readonly List<(List<Grade> Grades, string Words, TextLocation Location)> awardedNo = new List<(List<Grade>, string, TextLocation)>();

        /// <summary>
        /// Reads an integrated report's identity if the text is one (a title, "Overall summary" or the opening sentence comes
        /// before any pillar header) and returns where its body starts; <see langword="null"/> for a pillar report.
        /// </summary>
        private int? ReadIntegratedIdentity()
        {
            int? titleLine = null, openingLine = null, bodyStart = null;
            string? forceName = null;
            var forceSource = IdentitySource.Title;
            var forceLocation = TextLocations.StartOfText;
            int? cycle = null;
            var cycleSource = IdentitySource.Title;
            var cycleText = string.Empty;
            var seen = 0;
            for (var i = 0; i < lines.Count && seen < OpeningSearchLines; i++)
            {
                var line = lines[i];
                var trimmed = line.Trimmed;
                if (trimmed.Length == 0 || LinePatterns.IsChrome(trimmed)) continue;
                seen++;
                if (titleLine is null && openingLine is null && bodyStart is null)
                {
                    if (LinePatterns.TryHeader(trimmed, out _, out _, out _)) return null;
                    if (IntegratedPatterns.TryTitle(trimmed, out var titleYear, out var titleForce))
                    {
                        titleLine = i;
                        cycle = titleYear;
                        structureLines.Add(line.Number);
                        AddLines(preamble, 0, i);
                        var forceLine = i;
                        // A title over several lines: "PEEL 2023–25", "Police effectiveness, efficiency and legitimacy", "An inspection of Kent Police".
                        while (NextContent(i) is int next && IntegratedPatterns.TryTitleLine(lines[next].Trimmed, out var named))
                        {
                            structureLines.Add(lines[next].Number);
                            i = next;
                            if (named.Length == 0 || titleForce.Length > 0) continue;
                            titleForce = named;
                            forceLine = i;
                        }
                        if (titleForce.Length > 0)
                        {
                            forceName = titleForce;
                            forceLocation = TextLocations.InLine(lines[forceLine], lines[forceLine].Content.IndexOf(titleForce, System.StringComparison.Ordinal), titleForce.Length);
                        }
                        bodyStart = i + 1;
                        continue;
                    }
                    if (!IntegratedPatterns.IsOverallSummary(trimmed) && !IntegratedPatterns.IsOurJudgments(trimmed) && !IntegratedPatterns.TryOpening(trimmed, out _, out _, out _, out _)) return null;
                    bodyStart = i;
                }
                if (openingLine is null && IntegratedPatterns.TryOpening(trimmed, out var opened, out _, out _, out _))
                {
                    openingLine = i;
                    if (forceName is null)
                    {
                        forceName = opened.Value;
                        forceSource = IdentitySource.Opening;
                        forceLocation = TextLocations.InLine(line, line.ContentStart + opened.Index, opened.Length);
                    }
                }
            }
            if (bodyStart is null) return null;

            headerLine = lines[titleLine ?? openingLine ?? bodyStart.Value];
            if (cycle is null)
            {
                for (var i = bodyStart.Value; i < lines.Count && cycle is null; i++)
                {
                    cycle = IntegratedPatterns.CycleOf(lines[i].Trimmed, out var mention);
                    if (cycle != null) cycleText = $"the cycle {PeelCycles.NameOf(cycle.Value)} from '{mention}' at line {lines[i].Number.ToString(CultureInfo.InvariantCulture)}";
                }
                cycleSource = IdentitySource.CycleLine;
            }
            if (cycle is null && IntegratedPatterns.CycleOfFileName(file) is int fromName)
            {
                cycle = fromName;
                cycleSource = IdentitySource.FileName;
                cycleText = $"the cycle {PeelCycles.NameOf(fromName)} from the file name";
            }

            var blamed = lines[bodyStart.Value];
            if (forceName is null)
            {
                Report(PeelRules.InvalidHeader, TextLocations.OfContent(blamed), blamed.Trimmed, ": this integrated report names no force; keep its title ('PEEL 2023–25 – An inspection of <force>') or its opening sentence");
                return bodyStart;
            }
            force = ForceRegistry.Find(forceName) ?? UnknownForce(forceLocation, forceName);
            if (cycle is null)
            {
                Report(PeelRules.InvalidHeader, TextLocations.OfContent(blamed), blamed.Trimmed, ": this integrated report names no cycle; keep its title or its 'PEEL 2023–2025' line, or name the file like 'kent-2023-report.peel.txt'");
                force = null;
                return bodyStart;
            }
            year = cycle;
            pillar = Pillar.Integrated;
            integratedYear = cycle;
            if (forceSource != IdentitySource.Title || cycleSource != IdentitySource.Title)
            {
                var forceText = forceSource == IdentitySource.Title ? "the force is read from the title" : $"the force '{forceName}' is read from the opening sentence at line {forceLocation.Line.ToString(CultureInfo.InvariantCulture)}";
                Report(PeelRules.IdentityInferred, forceLocation, forceText, cycleSource == IdentitySource.Title ? "the cycle from the title" : cycleText);
            }
            return bodyStart;
        }

        private int? NextContent(int index)
        {
            for (var i = index + 1; i < lines.Count; i++)
            {
                if (!lines[i].IsBlank) return i;
            }
            return null;
        }

        /// <summary>A paragraph of the overall summary: the opening's counts, ungraded areas and "awarded no" sentences; a table may follow it.</summary>
        private void ReadSummaryParagraph(Paragraph read, Finding finding)
        {
            if (areasAssessed is null && IntegratedPatterns.TryOpening(read.Text, out _, out var assessed, out var assessedGroup, out var graded))
            {
                areasAssessed = assessed;
                areasGraded = graded;
                countsLocation = read.LocationOf(assessedGroup.Index, assessedGroup.Length);
            }
            if (IntegratedPatterns.UngradedAreas(read.Text) is string ungraded)
            {
                foreach (var area in QuestionCatalog.All.Where(q => q.Pillar == Pillar.Integrated && q.Phrases.Any(p => ungraded.IndexOf(p, System.StringComparison.OrdinalIgnoreCase) >= 0)))
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
                ReadJudgmentsTable(read.LastLine, finding);
            }
        }

        /// <summary>Reads the judgments table from the line after the opening: each row becomes a finding of the summary and grades its area.</summary>
        private void ReadJudgmentsTable(int firstLine, Finding opening)
        {
            var (areas, end) = JudgmentsTable.Read(lines, firstLine);
            if (areas.Count == 0) return;
            tableEnd = end;
            var rows = new Dictionary<int, Finding>();
            for (var i = firstLine; i < end; i++)
            {
                if (lines[i].IsBlank) continue;
                var row = new Finding(headline!.NextFindingId, FindingKind.Finding, lines[i].Trimmed, new SourceSpan(file, lines[i].Number, lines[i].Number));
                headline.Findings.Add(row);
                rows[lines[i].Number] = row;
            }
            foreach (var area in areas)
            {
                var known = QuestionCatalog.Match(area.Name, Pillar.Integrated, year);
                var section = AreaNamed(known?.Key ?? QuestionKeys.Derive(area.Name, questions.Count + 1, questionKeys), area.Name, area.NameLine);
                if (known is null) Report(PeelRules.UnknownQuestion, TextLocations.InLine(area.NameLine, area.NameOffset, area.Name.Length), section.Number.ToString(CultureInfo.InvariantCulture), "integrated", section.Key);
                section.TableGrade = (area.Grade, area.GradeLine.Number, TextLocations.InLine(area.GradeLine, area.GradeOffset, area.GradeLength), rows[area.NameLine.Number]);
            }
        }

        private SourceLine LineOf(int number) => lines[number - 1];

        /// <summary>The area with this key, created (without a heading of its own yet) if the report has not named it before.</summary>
        private SectionBuilder AreaNamed(string key, string text, SourceLine line)
        {
            var area = questions.FirstOrDefault(q => q.Key == key);
            if (area != null) return area;
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
                    Report(PeelRules.SummaryDisagreesWithGrades, location, words, contradicted.Text, Grades.ToWords(contradicted.Grade!.Value), Number(contradicted.GradeLine));
                }
            }

            static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
        }
    }
}
