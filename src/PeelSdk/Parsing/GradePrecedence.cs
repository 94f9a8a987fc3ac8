using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PeelSdk.Parsing
{
    /// <summary>A grade some text states for a question or area: the grade, its line and where its words stand.</summary>
    internal readonly record struct GradeClaim(Grade Grade, int Line, TextLocation Location);

    /// <summary>
    /// Where a grade is decided: the one owner of which grade a question or area keeps and of the diagnostics when grades
    /// disagree. Readers only say what a text states (<see cref="StateInSection"/>, <see cref="StateInTable"/>,
    /// <see cref="StateInSummary"/>); this type decides, in this order of precedence:
    /// <list type="number">
    /// <item>The first grade a section's own text states (a grade word on its own line, or a judgment sentence about the
    /// report's force) is its grade, and the finding that states it is its judgment; a later, different one is PEEL008.</item>
    /// <item>The integrated judgments table's row grades an area whose section states none; PEEL019 where it states another.</item>
    /// <item>A judgment in the headline's summary about a known question grades that question if nothing above did; PEEL008
    /// where it disagrees.</item>
    /// <item>Official grades, grades tables then news releases (<see cref="Complete"/>), grade a question the text leaves
    /// ungraded; PEEL014 where the text states another. A question marked "Ungraded" takes none.</item>
    /// <item>A question still without a grade, and not ungraded on purpose, is PEEL009.</item>
    /// </list>
    /// A sentence that rules grades out ("was awarded no inadequate grades") is checked against the grades kept (PEEL020).
    /// </summary>
    internal sealed class GradePrecedence
    {
        private readonly Action<PeelRule, TextLocation, string[]> report;
        private readonly Dictionary<SectionBuilder, (GradeClaim Claim, Finding Row)> tableRows = new Dictionary<SectionBuilder, (GradeClaim, Finding)>();
        private readonly List<(string Key, GradeClaim Claim, SectionBuilder Summary, string FindingId)> summaryJudgments =
            new List<(string, GradeClaim, SectionBuilder, string)>();

        private readonly List<(IReadOnlyList<Grade> Grades, TextLocation Location)> ruledOut = new List<(IReadOnlyList<Grade>, TextLocation)>();

        public GradePrecedence(Action<PeelRule, TextLocation, string[]> report) => this.report = report;

        /// <summary>A sentence of the summary that rules <paramref name="grades"/> out; PEEL020 if a question keeps one of them.</summary>
        public void StateRuledOut(IReadOnlyList<Grade> grades, TextLocation location) => ruledOut.Add((grades, location));

        /// <summary>
        /// Rule 1: <paramref name="claim"/>, stated by the finding at <paramref name="findingIndex"/> of <paramref name="section"/>,
        /// grades it if nothing in its text did before (that finding becomes its judgment); a different grade is PEEL008.
        /// </summary>
        public void StateInSection(SectionBuilder section, GradeClaim claim, int findingIndex)
        {
            if (section.Grade is Grade kept)
            {
                if (kept != claim.Grade)
                {
                    Conflict(claim, kept, section.GradeLine ?? claim.Line);
                }

                return;
            }

            var judgment = section.Findings[findingIndex] with { Kind = FindingKind.Judgment };
            section.Findings[findingIndex] = judgment;
            section.SetGrade(claim, judgment);
        }

        /// <summary>Rule 2: the judgments table's <paramref name="row"/> grades <paramref name="area"/> (the last row naming it counts).</summary>
        public void StateInTable(SectionBuilder area, GradeClaim claim, Finding row) => tableRows[area] = (claim, row);

        /// <summary>Rule 3: a judgment in the headline's summary (its finding <paramref name="findingId"/>) about the question with
        /// <paramref name="key"/>.</summary>
        public void StateInSummary(string key, GradeClaim claim, SectionBuilder summary, string findingId) =>
            summaryJudgments.Add((key, claim, summary, findingId));

        /// <summary>Once every section is read: rules 2 and 3, each where nothing before it graded the question.</summary>
        public void Resolve(IReadOnlyList<SectionBuilder> questions)
        {
            foreach (var pair in tableRows)
            {
                var (area, (claim, row)) = (pair.Key, pair.Value);
                if (area.Grade is null)
                {
                    area.SetGrade(claim, row);
                }
                else if (area.Grade != claim.Grade && area.GradeLocation is TextLocation stated)
                {
                    report(
                        PeelRules.TableDisagreesWithSection,
                        stated,
                        new[] { GradeWords.InText(area.Grade.Value), GradeWords.InText(claim.Grade), Number(claim.Line) }
                    );
                }
            }
            foreach (var (key, claim, summary, findingId) in summaryJudgments)
            {
                var question = questions.FirstOrDefault(q => q.Key == key);
                if (question is null)
                {
                    continue;
                }

                if (question.Grade is null)
                {
                    // Looked up now: a list that follows the summary's sentence extends its finding.
                    question.SetGrade(claim, summary.Findings.First(f => f.Id == findingId));
                }
                else if (question.Grade != claim.Grade)
                {
                    Conflict(claim, question.Grade.Value, question.GradeLine ?? claim.Line);
                }
            }
            foreach (var (grades, location) in ruledOut)
            {
                var contradicted = questions.FirstOrDefault(q => q.Grade is Grade grade && grades.Contains(grade));
                if (contradicted != null)
                {
                    var words = string.Join(" or ", grades.Select(GradeWords.InText));
                    var line = contradicted.GradeLine is int known ? Number(known) : "?";
                    report(
                        PeelRules.SummaryDisagreesWithGrades,
                        location,
                        new[] { words, contradicted.Text, GradeWords.InText(contradicted.Grade!.Value), line }
                    );
                }
            }
        }

        /// <summary>PEEL008: <paramref name="found"/> disagrees with <paramref name="kept"/>, stated at line <paramref name="keptLine"/>.</summary>
        private void Conflict(GradeClaim found, Grade kept, int keptLine) =>
            report(PeelRules.ConflictingJudgments, found.Location, new[] { GradeWords.InText(found.Grade), Number(keptLine), GradeWords.InText(kept) });

        /// <summary>
        /// Completes a report read without official grades: each question the text states no grade for takes its grade from the
        /// grades tables, then from the news releases about the report (source <see cref="GradeOrigin.Table"/> or
        /// <see cref="GradeOrigin.Release"/>; PEEL014 where the text states another). A grade for a catalog question of the report's
        /// year that the text does not reach adds that question (PEEL024); a release's counts are checked against the grades
        /// (PEEL025). A question still without a grade, and not ungraded on purpose, is PEEL009. Runs apart from reading, so
        /// editing a table or a release re-reads no report.
        /// </summary>
        public static ParsedReport Complete(ParsedReport read, IEnumerable<GradeTable> tables)
        {
            var headline = read.Headline;
            var questions = read.Questions.ToList();
            var added = new List<PeelDiagnostic>();
            var graded = false;
            if (read.IsComplete)
            {
                var header = read.HeaderLocation ?? TextLocations.StartOfText;
                var official = tables.OrderBy(t => t.Origin).ToList();
                foreach (var (table, row) in official.SelectMany(t => t.Rows.Select(r => (Table: t, Row: r))))
                {
                    if (row.Force != read.Force!.Slug || row.Year != read.Year || row.Pillar != read.Pillar)
                    {
                        continue;
                    }

                    var source = new GradeSource(table.Origin, table.File, row.Line);
                    var index = GradeTables.QuestionIndex(row.Question, questions);
                    if (index is null && OfficialOnlyQuestion(row, questions, read.File, header.Line) is { } area)
                    {
                        questions.Add(area);
                        index = questions.Count - 1;
                        added.Add(
                            new PeelDiagnostic(
                                PeelRules.AreaOnlyInOfficialGrades,
                                read.File,
                                header,
                                new[] { area.Text, GradeWords.InText(row.Grade), SourceWords(table.Origin), table.File, Number(row.Line) }
                            )
                        );
                    }
                    if (index is null)
                    {
                        continue;
                    }

                    var question = index < 0 ? headline! : questions[index.Value];
                    if (question.IsUngraded)
                    {
                        continue;
                    }

                    if (question.Grade is null)
                    {
                        var updated = question.WithGrade(row.Grade, source, null);
                        if (index < 0)
                        {
                            headline = updated;
                        }
                        else
                        {
                            questions[index.Value] = updated;
                        }

                        graded = true;
                    }
                    else if (question.Grade != row.Grade && question.GradeSource is { Origin: GradeOrigin.Stated, Location: TextLocation stated })
                    {
                        added.Add(
                            new PeelDiagnostic(
                                PeelRules.GradeDisagreesWithTable,
                                read.File,
                                stated,
                                new[]
                                {
                                    GradeWords.InText(question.Grade.Value),
                                    SourceWords(table.Origin),
                                    table.File,
                                    Number(row.Line),
                                    GradeWords.InText(row.Grade),
                                }
                            )
                        );
                    }
                }
                // Copies of one release state the same counts: each distinct statement is checked once, at its first copy.
                var releases = official.Where(t =>
                    t.Counts.Count > 0 && t.AboutForce == read.Force!.Slug && t.AboutYear == read.Year && read.Pillar == Pillar.Integrated
                );
                foreach (var release in releases.GroupBy(t => t.Counts).Select(copies => copies.First()))
                {
                    if (CountsDisagree(release, read.File, questions, header) is { } disagreement)
                    {
                        added.Add(disagreement);
                    }
                }
            }
            for (var i = 0; i < questions.Count; i++)
            {
                if (questions[i].Grade != null || questions[i].IsUngraded)
                {
                    continue;
                }

                added.Add(
                    new PeelDiagnostic(
                        PeelRules.NoGradeStated,
                        read.File,
                        i < read.QuestionLocations.Count ? read.QuestionLocations[i] : TextLocations.StartOfText,
                        new[] { questions[i].Number.ToString(CultureInfo.InvariantCulture), questions[i].Text }
                    )
                );
            }
            return added.Count == 0 && !graded ? read : read.With(headline, questions, read.Diagnostics.Concat(added));
        }

        /// <summary>
        /// The question an official grade names by its catalog key when the report's year has it but the text does not reach it
        /// (a copy that lost its table, an opening alone): its catalog wording, numbered by the question set (integrated areas
        /// after the others), with no findings; it stands at the report's header line.
        /// </summary>
        private static Question? OfficialOnlyQuestion(GradeRow row, List<Question> questions, string file, int headerLine)
        {
            if (QuestionCatalog.Find(row.Question, row.Pillar, row.Year) is not { } known)
            {
                return null;
            }

            var used = questions.Select(q => q.Number).DefaultIfEmpty(0).Max();
            var number = QuestionCatalog.FrameworkNumber(known, row.Year) is int framework && questions.All(q => q.Number != framework) ? framework : used + 1;
            return new Question(number, known.Key, known.Text, new SourceSpan(file, headerLine, headerLine), null, null, null, Array.Empty<Finding>());
        }

        /// <summary>PEEL025: a release's "'good' in four areas …" against the grades the report has once the release's are applied.</summary>
        private static PeelDiagnostic? CountsDisagree(GradeTable release, string file, List<Question> questions, TextLocation header)
        {
            var have = release.Counts.Select(c => new GradeCount(c.Grade, questions.Count(q => q.Grade == c.Grade))).ToList();
            if (have.SequenceEqual(release.Counts))
            {
                return null;
            }

            return new PeelDiagnostic(
                PeelRules.ReleaseCountsDisagree,
                file,
                header,
                new[] { release.File, Number(release.CountsLine), CountsWords(release.Counts), CountsWords(have) }
            );
        }

        private static string CountsWords(IEnumerable<GradeCount> counts) =>
            string.Join(", ", counts.Select(c => $"'{GradeWords.InText(c.Grade)}' in {Number(c.Areas)}"));

        private static string SourceWords(GradeOrigin origin) => origin == GradeOrigin.Release ? "the news release" : "the grades table";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
