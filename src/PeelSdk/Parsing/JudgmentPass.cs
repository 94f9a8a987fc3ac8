using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PeelSdk.Parsing
{
    /// <summary>A grade a paragraph states about its own section: the grade, its line and where its words stand.</summary>
    internal readonly record struct StatedGrade(Grade Grade, int Line, TextLocation Location);

    /// <summary>
    /// Decides grades while a report is read and once it is: which judgment in a paragraph grades its section, which
    /// grades a question from the headline's summary, and how an integrated report's judgments table and area sections
    /// combine. Every disagreement is a diagnostic; the first stated grade of a section is kept.
    /// </summary>
    internal sealed class JudgmentPass
    {
        private readonly Force? force;
        private readonly Pillar? pillar;
        private readonly int? year;
        private readonly Action<PeelRule, TextLocation, string[]> report;
        private readonly List<SummaryJudgment> summaryJudgments = new List<SummaryJudgment>();

        public JudgmentPass(Force? force, Pillar? pillar, int? year, Action<PeelRule, TextLocation, string[]> report)
        {
            this.force = force;
            this.pillar = pillar;
            this.year = year;
            this.report = report;
        }

        /// <summary>A judgment in the headline's summary about one known question, applied once all questions are read.</summary>
        private readonly record struct SummaryJudgment(string Key, Grade Grade, string FindingId, int Line, TextLocation Location);

        /// <summary>
        /// The grade <paramref name="read"/> (the paragraph that will be finding <paramref name="findingId"/>) states about
        /// <paramref name="section"/>, if it states one its section has not got yet; judgments about another force are PEEL007,
        /// a different grade for the same section PEEL008.
        /// </summary>
        public StatedGrade? Read(Paragraph read, SectionBuilder section, bool isHeadline, string findingId)
        {
            StatedGrade? stated = null;
            foreach (var judgment in JudgmentReader.Find(read.Text, force))
            {
                if (!judgment.IsAboutReportForce)
                {
                    report(
                        PeelRules.JudgmentNamesOtherForce,
                        read.LocationOf(judgment.SubjectIndex, judgment.Subject.Length),
                        new[] { judgment.Subject, force?.FullName ?? force?.Name ?? "the force in its header" }
                    );
                    continue;
                }
                // In the headline's summary, a judgment naming the pillar ("… in its effectiveness") grades the pillar; one about a
                // known question ("… at investigating crime") grades that question, if the report has it; "… keeping people safe"
                // with no question of its own grades the pillar; anything else grades nothing.
                if (isHeadline && !MentionsPillar(judgment.Sentence))
                {
                    if (QuestionCatalog.Match(judgment.Clause, pillar, year) is { } about)
                    {
                        summaryJudgments.Add(
                            new SummaryJudgment(
                                about.Key,
                                judgment.Grade,
                                findingId,
                                read.LineAt(judgment.GradeIndex),
                                read.LocationOf(judgment.GradeIndex, judgment.GradeLength)
                            )
                        );
                        continue;
                    }
                    if (!LinePatterns.IsPillarWideClause(judgment.Clause, pillar))
                    {
                        continue;
                    }
                }
                var location = read.LocationOf(judgment.GradeIndex, judgment.GradeLength);
                var known = section.Grade ?? stated?.Grade;
                if (known is null)
                {
                    stated = new StatedGrade(judgment.Grade, read.LineAt(judgment.GradeIndex), location);
                }
                else if (known != judgment.Grade)
                {
                    Conflict(location, judgment.Grade, known.Value, section.GradeLine ?? stated!.Value.Line);
                }
            }
            return stated;
        }

        /// <summary>PEEL008: <paramref name="found"/> at <paramref name="location"/> disagrees with <paramref name="kept"/>, stated at
        /// <paramref name="keptLine"/>.</summary>
        public void Conflict(TextLocation location, Grade found, Grade kept, int keptLine) =>
            report(
                PeelRules.ConflictingJudgments,
                location,
                new[] { Grades.ToWords(found), keptLine.ToString(CultureInfo.InvariantCulture), Grades.ToWords(kept) }
            );

        /// <summary>
        /// Once every section is read: an integrated report's area takes the judgments table's grade where its section states
        /// none (PEEL019 where they differ); then each question named by a summary judgment takes its grade, if the report has it.
        /// </summary>
        public void Resolve(SectionBuilder? headline, IReadOnlyList<SectionBuilder> questions)
        {
            foreach (var area in questions)
            {
                if (!(area.TableGrade is { } table))
                {
                    continue;
                }

                if (area.Grade is null)
                {
                    area.SetGrade(table.Grade, table.Row, table.Line, table.Location);
                }
                else if (area.Grade != table.Grade && area.GradeLocation is TextLocation stated)
                {
                    report(
                        PeelRules.TableDisagreesWithSection,
                        stated,
                        new[] { Grades.ToWords(area.Grade.Value), Grades.ToWords(table.Grade), table.Line.ToString(CultureInfo.InvariantCulture) }
                    );
                }
            }
            foreach (var judgment in summaryJudgments)
            {
                var question = questions.FirstOrDefault(q => q.Key == judgment.Key);
                if (question is null)
                {
                    continue;
                }

                if (question.Grade is null)
                {
                    question.SetGrade(judgment.Grade, headline!.Findings.First(f => f.Id == judgment.FindingId), judgment.Line, judgment.Location);
                }
                else if (question.Grade != judgment.Grade)
                {
                    Conflict(judgment.Location, judgment.Grade, question.Grade.Value, question.GradeLine ?? judgment.Line);
                }
            }
        }

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
                                new[] { area.Text, Grades.ToWords(row.Grade), SourceWords(table.Origin), table.File, Number(row.Line) }
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
                                    Grades.ToWords(question.Grade.Value),
                                    SourceWords(table.Origin),
                                    table.File,
                                    Number(row.Line),
                                    Grades.ToWords(row.Grade),
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
            string.Join(", ", counts.Select(c => $"'{Grades.ToWords(c.Grade)}' in {Number(c.Areas)}"));

        private static string SourceWords(GradeOrigin origin) => origin == GradeOrigin.Release ? "the news release" : "the grades table";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private bool MentionsPillar(string sentence) => pillar is Pillar named && sentence.IndexOf(named.ToString(), StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
