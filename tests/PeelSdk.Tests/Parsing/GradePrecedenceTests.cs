using System.Collections.Generic;
using System.Linq;
using PeelSdk.Parsing;

namespace PeelSdk.Tests.Parsing
{
    /// <summary>
    /// <see cref="GradePrecedence"/>, the one place a grade is decided: a test per rule of precedence, driven as the body
    /// readers drive it, and <see cref="GradePrecedence.Complete"/> with official grades as the generator and peel apply them.
    /// </summary>
    public sealed class GradePrecedenceTests
    {
        private readonly List<(PeelRule Rule, TextLocation Location, string[] Arguments)> reported = new List<(PeelRule, TextLocation, string[])>();

        private GradePrecedence NewPrecedence() => new GradePrecedence((rule, location, arguments) => reported.Add((rule, location, arguments)));

        private static SectionBuilder Section(string key, int number, params string[] findings)
        {
            var section = new SectionBuilder(number, key, key, new SourceLine(number, 0, key), FindingIds.OfQuestion("r", number));
            foreach (var text in findings)
            {
                section.Findings.Add(new Finding(section.NextFindingId, FindingKind.Finding, text, new SourceSpan("r.peel.txt", 10, 10)));
            }
            return section;
        }

        private static GradeClaim Claim(Grade grade, int line) =>
            new GradeClaim(grade, line, TextLocations.InLine(new SourceLine(line, 0, "grade words"), 0, 5));

        [Fact]
        public void Rule_1_the_first_grade_a_section_states_is_kept_and_its_finding_becomes_the_judgment()
        {
            var grades = NewPrecedence();
            var section = Section("PreventingCrime", 1, "Kent Police is good at preventing crime.", "Good", "It is outstanding at preventing crime.");

            grades.StateInSection(section, Claim(Grade.Good, 5), 0);
            grades.StateInSection(section, Claim(Grade.Good, 6), 1);
            grades.StateInSection(section, Claim(Grade.Outstanding, 7), 2);

            Assert.Equal(Grade.Good, section.Grade);
            Assert.Equal(5, section.GradeLine);
            Assert.Same(section.Findings[0], section.Judgment);
            Assert.Equal(new[] { FindingKind.Judgment, FindingKind.Finding, FindingKind.Finding }, section.Findings.Select(f => f.Kind));
            // The same grade again is no conflict; a different one is PEEL008 at its own words, naming the line kept.
            var conflict = Assert.Single(reported);
            Assert.Equal(PeelRules.ConflictingJudgments, conflict.Rule);
            Assert.Equal(7, conflict.Location.Line);
            Assert.Equal(new[] { "outstanding", "5", "good" }, conflict.Arguments);
        }

        [Fact]
        public void Rule_2_the_judgments_table_grades_an_area_whose_section_states_none_and_PEEL019_where_it_states_another()
        {
            var grades = NewPrecedence();
            var summary = Section("Headline", 0, "Investigating crime – Good", "Protecting vulnerable people – Adequate");
            var untold = Section("InvestigatingCrime", 1, "The force investigates crime well.");
            var told = Section("ProtectingVulnerablePeople", 2, "Kent Police is good at protecting vulnerable people.");
            grades.StateInSection(told, Claim(Grade.Good, 30), 0);

            grades.StateInTable(untold, Claim(Grade.Good, 3), summary.Findings[0]);
            grades.StateInTable(told, Claim(Grade.Adequate, 4), summary.Findings[1]);
            grades.Resolve(new[] { untold, told });

            Assert.Equal(Grade.Good, untold.Grade);
            Assert.Same(summary.Findings[0], untold.Judgment);
            Assert.Equal(Grade.Good, told.Grade);
            var disagreement = Assert.Single(reported);
            Assert.Equal(PeelRules.TableDisagreesWithSection, disagreement.Rule);
            Assert.Equal(30, disagreement.Location.Line);
            Assert.Equal(new[] { "good", "adequate", "4" }, disagreement.Arguments);
        }

        [Fact]
        public void Rule_3_a_summary_judgment_grades_a_question_only_where_the_text_and_the_table_did_not()
        {
            var grades = NewPrecedence();
            var summary = Section("Headline", 0, "Kent Police is good at investigating crime and outstanding at preventing crime.", "Table row");
            var untold = Section("InvestigatingCrime", 1, "Findings.");
            var tabled = Section("PreventingCrime", 2, "Findings.");
            var missing = "RespondingToThePublic";

            grades.StateInSummary("InvestigatingCrime", Claim(Grade.Good, 2), summary, summary.Findings[0].Id);
            grades.StateInSummary("PreventingCrime", Claim(Grade.Outstanding, 2), summary, summary.Findings[0].Id);
            grades.StateInSummary(missing, Claim(Grade.Inadequate, 2), summary, summary.Findings[0].Id);
            grades.StateInTable(tabled, Claim(Grade.Adequate, 3), summary.Findings[1]);
            grades.Resolve(new[] { untold, tabled });

            Assert.Equal(Grade.Good, untold.Grade);
            Assert.Same(summary.Findings[0], untold.Judgment);
            // The table outranks the summary; a question the report does not have takes nothing.
            Assert.Equal(Grade.Adequate, tabled.Grade);
            var conflict = Assert.Single(reported);
            Assert.Equal(PeelRules.ConflictingJudgments, conflict.Rule);
            Assert.Equal(new[] { "outstanding", "3", "adequate" }, conflict.Arguments);
        }

        [Fact]
        public void Rule_3_a_summary_judgment_is_looked_up_when_applied_so_a_list_that_extends_it_is_kept()
        {
            var grades = NewPrecedence();
            var summary = Section("Headline", 0, "Kent Police is good at investigating crime in these ways:");
            var question = Section("InvestigatingCrime", 1, "Findings.");
            grades.StateInSummary("InvestigatingCrime", Claim(Grade.Good, 2), summary, summary.Findings[0].Id);
            var extended = summary.Findings[0] with { Text = summary.Findings[0].Text + "\n• quickly" };
            summary.ExtendLastFinding(extended);

            grades.Resolve(new[] { question });

            Assert.Same(extended, question.Judgment);
        }

        [Fact]
        public void A_sentence_that_rules_grades_out_is_PEEL020_when_a_kept_grade_is_one_of_them()
        {
            var grades = NewPrecedence();
            var summary = Section("Headline", 0, "Table row");
            var area = Section("InvestigatingCrime", 1, "Findings.");
            grades.StateInTable(area, Claim(Grade.Inadequate, 3), summary.Findings[0]);
            grades.StateRuledOut(new[] { Grade.Outstanding }, Claim(Grade.Outstanding, 2).Location);
            grades.StateRuledOut(new[] { Grade.RequiresImprovement, Grade.Inadequate }, Claim(Grade.Inadequate, 2).Location);

            grades.Resolve(new[] { area });

            var contradiction = Assert.Single(reported);
            Assert.Equal(PeelRules.SummaryDisagreesWithGrades, contradiction.Rule);
            Assert.Equal(new[] { "requires improvement or inadequate", "InvestigatingCrime", "inadequate", "3" }, contradiction.Arguments);
        }

        private const string Text = """
            Kent PEEL 2016
            Effectiveness
            How effective is the force at keeping people safe and reducing crime?
            Kent Police is good at keeping people safe and reducing crime.
            How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?
            Kent Police is outstanding at preventing crime, tackling anti-social behaviour and keeping people safe.
            How effective is the force at investigating crime and reducing re-offending?
            The force investigates crime.
            How effective is the force at protecting from harm those who are vulnerable, and supporting victims?
            Ungraded
            The force protects people.
            """;

        private static GradeTable Official(GradeOrigin origin, string file, params (string Question, Grade Grade)[] rows) =>
            new GradeTable(
                file,
                rows.Select((row, i) => new GradeRow("kent", 2016, Pillar.Effectiveness, row.Question, row.Grade, i + 2)),
                new PeelDiagnostic[0]
            )
            {
                Origin = origin,
            };

        [Fact]
        public void Rule_4_official_grades_fill_only_what_the_text_leaves_tables_before_releases_and_PEEL014_where_the_text_says_otherwise()
        {
            var read = PeelParser.Read(Text.Replace("\r\n", "\n"), "kent.peel.txt", new PeelParseOptions(2026), default);
            var release = Official(GradeOrigin.Release, "news.peel.txt", ("InvestigatingCrime", Grade.Inadequate), ("PreventingCrime", Grade.Good));
            var table = Official(
                GradeOrigin.Table,
                "grades.peel-grades.csv",
                ("InvestigatingCrime", Grade.RequiresImprovement),
                ("ProtectingVulnerablePeople", Grade.Good)
            );

            // Given in either order, tables apply first.
            var complete = GradePrecedence.Complete(read, new[] { release, table });

            var investigating = complete.Questions.Single(q => q.Key == "InvestigatingCrime");
            Assert.Equal(Grade.RequiresImprovement, investigating.Grade);
            Assert.Equal(GradeOrigin.Table, investigating.GradeSource!.Origin);
            Assert.Equal(Grade.Outstanding, complete.Questions.Single(q => q.Key == "PreventingCrime").Grade);
            // "Ungraded" on the page wins over any official grade.
            Assert.Null(complete.Questions.Single(q => q.Key == "ProtectingVulnerablePeople").Grade);
            var disagreement = Assert.Single(complete.Diagnostics, d => d.Id == PeelRuleIds.GradeDisagreesWithTable);
            Assert.Equal(6, disagreement.Location.Line);
            Assert.Contains("the news release", disagreement.Message);
        }

        [Fact]
        public void Rule_5_a_question_still_without_a_grade_and_not_ungraded_is_PEEL009()
        {
            var read = PeelParser.Read(Text.Replace("\r\n", "\n"), "kent.peel.txt", new PeelParseOptions(2026), default);

            var complete = GradePrecedence.Complete(read, new GradeTable[0]);

            var ungraded = Assert.Single(complete.Diagnostics, d => d.Id == PeelRuleIds.NoGradeStated);
            Assert.Equal(7, ungraded.Location.Line);
            Assert.DoesNotContain(read.Diagnostics, d => d.Id == PeelRuleIds.NoGradeStated);
        }
    }
}
