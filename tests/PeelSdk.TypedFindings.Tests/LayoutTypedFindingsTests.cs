using System;
using System.Linq;
using PeelSdk.Reports;

namespace PeelSdk.TypedFindings.Tests
{
    /// <summary>Every published layout (tests/Fixtures/layouts), read at compile time and queried through the generated API.</summary>
    public class LayoutTypedFindingsTests
    {
        [Fact]
        public void Plain_layout_with_a_grades_table_for_what_the_text_does_not_state()
        {
            var report = PeelReports.Norfolk.Peel2016.Effectiveness;
            Assert.Equal(Grade.Good, report.PreventingCrime.Grade);
            Assert.Equal(GradeOrigin.Stated, report.PreventingCrime.GradeSource!.Origin);
            Assert.Equal("Neighbourhood teams know their communities and work closely with partners.", report.PreventingCrime.Findings[1].Text);

            Assert.Equal(Grade.Good, report.InvestigatingCrime.Grade);
            Assert.Equal(new GradeSource(GradeOrigin.Table, "../Fixtures/layouts/official.peel-grades.csv", 2), report.InvestigatingCrime.GradeSource);
            Assert.Null(report.InvestigatingCrime.Judgment);
            Assert.Equal(Grade.RequiresImprovement, report.ProtectingVulnerablePeople.Grade);
            Assert.Equal(3, report.ProtectingVulnerablePeople.GradeLine);
            Assert.Equal(Grade.Good, report.Headline.Grade);
            Assert.Equal(GradeOrigin.Table, report.Headline.GradeSource!.Origin);
            Assert.Equal(2, report.AreasForImprovement.Count);
        }

        [Fact]
        public void Web_layout_keeps_page_chrome_reads_grade_words_lists_and_ungraded()
        {
            var report = PeelReports.Cumbria.Peel2016.Legitimacy;
            Assert.Equal(
                new[] { "Skip to content", "Planned downtime: this website will be unavailable on Sunday morning.", "English Cymraeg" },
                report.Preamble.Select(p => p.Text)
            );
            Assert.Equal(new DateTime(2016, 12, 8), report.LastUpdated);
            Assert.Equal(Grade.Good, report.Headline.Grade);
            Assert.Equal(14, report.Headline.GradeLine);

            var fairness = report.TreatingThePublicFairly;
            Assert.Equal(1, fairness.Number);
            Assert.Equal(Grade.Good, fairness.Grade);
            Assert.Equal("Good", fairness.Judgment!.Text);
            // A list introduced by a sentence ending with ':' belongs to that finding.
            var scrutiny = fairness.Findings[1];
            Assert.Equal(
                "The constabulary seeks feedback from the public. Its scrutiny includes:\n• independent advisory groups; and\n• a youth panel.",
                scrutiny.Text
            );
            Assert.Equal((26, 29), (scrutiny.Source.Line, scrutiny.Source.EndLine));
            Assert.Equal(new[] { "The constabulary should publish the outcomes of its scrutiny." }, report.AreasForImprovement.Select(a => a.Text));

            var ethics = report.EthicalAndLawfulWorkforce;
            Assert.True(ethics.IsUngraded);
            Assert.Null(ethics.Grade);
            Assert.False(fairness.IsUngraded);
        }

        [Fact]
        public void Headerless_pillar_is_inferred_and_summary_judgments_grade_the_questions_the_report_has()
        {
            var report = PeelReports.Kent.Peel2018.Efficiency;
            Assert.Equal(Pillar.Efficiency, report.Pillar);
            Assert.Equal(Grade.Good, report.MeetingDemand.Grade);
            Assert.Equal(10, report.MeetingDemand.GradeLine);
            Assert.StartsWith("Kent Police is good at meeting current demand.", report.MeetingDemand.Judgment!.Text);
            // "good at planning for the future" names a question this page does not have: no other question takes it.
            Assert.Single(report.Questions);
            Assert.Null(report.Headline.Grade);
        }

        [Fact]
        public void Y2014_summary_grades_each_named_question_and_never_guesses()
        {
            var report = PeelReports.Surrey.Peel2014.Effectiveness;
            Assert.Equal("How well the force tackles crime", report.Headline.Text);
            Assert.True(report.Headline.IsUngraded);
            Assert.Equal(Grade.Good, report.ReducingCrime.Grade);
            Assert.Equal(Grade.RequiresImprovement, report.InvestigatingCrime.Grade);
            // "It is good at tackling anti-social behaviour": "It" is not an explicit subject, so no grade.
            Assert.Null(report.AntiSocialBehaviour.Grade);
            Assert.False(report.AntiSocialBehaviour.IsUngraded);
        }

        [Fact]
        public void Carried_over_judgment_keeps_the_grade_word_above_it_and_the_headline_grade_comes_from_overall()
        {
            var report = PeelReports.Essex.Peel2018.Effectiveness;
            Assert.Equal(2017, report.PreventingCrime.CarriedOverFrom);
            Assert.Equal(Grade.Good, report.PreventingCrime.Grade);
            Assert.Equal(Grade.Good, report.Headline.Grade);
            Assert.StartsWith("Overall, Essex Police remains good", report.Headline.Judgment!.Text);
            Assert.Equal(new DateTime(2019, 5, 2), report.LastUpdated);
        }

        [Fact]
        public void Leadership_pages_headed_other_inspections_are_leadership_with_catalog_keys()
        {
            var report = PeelReports.Lancashire.Peel2015.Leadership;
            Assert.Equal(Pillar.Leadership, report.Pillar);
            Assert.Equal("How well has the force performed in our other inspections?", report.Headline.Text);
            Assert.Equal("UnderstandingLeadership", report.UnderstandingLeadership.Key);
        }

        [Fact]
        public void Genuine_other_inspections_pages_stay_other_inspections()
        {
            var report = PeelReports.Lancashire.Peel2015.OtherInspections;
            Assert.Equal(Pillar.OtherInspections, report.Pillar);
            Assert.Equal("How well does the force respond to child sexual exploitation?", Assert.Single(report.Questions).Text);
        }

        [Fact]
        public void Force_names_resolve_to_the_registry()
        {
            Assert.Equal(
                new Force("Avon and Somerset", "Avon and Somerset Constabulary", "avon-and-somerset"),
                PeelReports.AvonAndSomerset.Peel2017.Legitimacy.Force
            );
            Assert.Equal(Grade.Outstanding, PeelReports.AvonAndSomerset.Peel2017.Legitimacy.TreatingTheWorkforceFairly.Grade);
            Assert.Equal("Metropolitan Police Service", PeelReports.Metropolitan.Peel2017.Effectiveness.Force.FullName);
            Assert.Equal(Grade.Good, PeelReports.Metropolitan.Peel2017.Effectiveness.SeriousAndOrganisedCrime.Grade);
            Assert.Equal("city-of-london", PeelReports.CityOfLondon.Peel2017.Effectiveness.Force.Slug);
            // Every report's force is one of the 43, under one of the names it has used.
            Assert.All(PeelReports.All, r =>
            {
                Assert.Contains(ForceRegistry.All, f => f.Slug == r.Force.Slug && f.Name == r.Force.Name);
                Assert.Contains(r.Force.FullName, ForceRegistry.NamesOf(r.Force).Select(n => n.FullName));
            });
        }

        [Fact]
        public void Look_alikes_are_not_grades()
        {
            var question = PeelReports.CityOfLondon.Peel2017.Effectiveness.InvestigatingCrime;
            Assert.Null(question.Grade);
            Assert.Null(question.Judgment);
            Assert.All(question.Findings, f => Assert.Equal(FindingKind.Finding, f.Kind));
        }

        [Fact]
        public void Keys_are_shared_across_years_so_the_catalog_answers_questions_across_forces()
        {
            var preventingCrime = PeelReports
                .All.Questions.Where(x => x.Question.Key == "PreventingCrime")
                .Select(x => (x.Report.Force.Name, x.Report.Year, x.Question.Grade))
                .ToList();
            // Integrated reports' areas share the pillar questions' keys, so one query spans 2014–2025.
            Assert.Equal(
                new (string, int, Grade?)[]
                {
                    ("Cheshire", 2015, Grade.Outstanding),
                    ("Essex", 2018, Grade.Good),
                    ("Kent", 2021, Grade.Good),
                    ("Kent", 2023, Grade.Good),
                    ("Norfolk", 2016, Grade.Good),
                    ("Surrey", 2021, Grade.Good),
                    ("West Midlands", 2021, Grade.Adequate),
                },
                preventingCrime
            );
            Assert.Equal("PreventingCrime", PeelReports.Cheshire.Peel2015.Effectiveness.PreventingCrime.Key);
        }

        [Fact]
        public void Integrated_report_is_typed_by_cycle_with_areas_as_properties()
        {
            var kent = PeelReports.Kent.Peel2023.Inspection;
            Assert.Equal(Grade.Good, kent.InvestigatingCrime.Grade);
            Assert.Equal(Grade.Adequate, kent.ProtectingVulnerablePeople.Grade);
            Assert.Equal(Grade.RequiresImprovement, kent.ManagingOffenders.Grade);
            Assert.True(kent.ServiceToVictims.IsUngraded);
            Assert.Equal((Pillar.Integrated, 2023, "2023–25", GradeScale.FiveTier), (kent.Pillar, kent.Year, kent.Cycle, kent.GradeScale));
            Assert.Equal((9, 8), (kent.AreasAssessed, kent.AreasGraded));
            Assert.Equal(
                new GradeSource(GradeOrigin.Stated, "../Fixtures/layouts/kent-2023-inspection.peel.txt", 21, kent.InvestigatingCrime.GradeSource!.Location),
                kent.InvestigatingCrime.GradeSource
            );
            Assert.Contains(kent.InvestigatingCrime.Findings, f => f.Kind == FindingKind.Practice && f.Text == "Operation Assist");
            Assert.Equal("Kent PEEL 2023–25 Integrated", kent.ToString());
            Assert.Same(kent, PeelReports.All.Find("Kent", 2023, Pillar.Integrated));

            // The cycle before, by file name: the same keys, and four-tier grades are told apart by the scale.
            var westMidlands = PeelReports.WestMidlands.Peel2021.Inspection;
            Assert.Equal(Grade.RequiresImprovement, westMidlands.RespondingToThePublic.Grade);
            Assert.True(westMidlands.StrategicPolicingRequirement.IsUngraded);
            Assert.Equal(GradeScale.FourTier, PeelReports.Kent.Peel2018.Efficiency.GradeScale);
        }
    }
}
