using System.IO;
using System.Linq;

namespace PeelSdk.Tests
{
    /// <summary>The founding example, parsed at run time: the seed truth of the foundation issue.</summary>
    public class SeedParsingTests
    {
        private static readonly ParsedReport Seed = PeelFiles.Parse(Reports.SeedPath);

        [Fact]
        public void Header_gives_force_year_and_pillar()
        {
            Assert.Equal(new Force("Cheshire", "Cheshire Constabulary", "cheshire"), Seed.Force);
            Assert.Equal(2015, Seed.Year);
            Assert.Equal(Pillar.Effectiveness, Seed.Pillar);
            Assert.Equal("How effective is the force at keeping people safe and reducing crime?", Seed.Headline!.Text);
            Assert.Equal(3, Seed.Headline.Source.Line);
            Assert.Null(Seed.Headline.Grade);
            Assert.Empty(Seed.Headline.Findings);
        }

        [Fact]
        public void Four_questions_with_their_lines_grades_and_finding_counts()
        {
            Assert.Equal(new[] { 4, 11, 19, 25 }, Seed.Questions.Select(q => q.Source.Line));
            Assert.Equal(new Grade?[] { Grade.Outstanding, null, Grade.Good, null }, Seed.Questions.Select(q => q.Grade));
            Assert.Equal(new int?[] { 5, null, 20, null }, Seed.Questions.Select(q => q.GradeLine));
            Assert.Equal(new[] { 6, 6, 5, 6 }, Seed.Questions.Select(q => q.Findings.Count));
        }

        [Fact]
        public void Judgment_is_the_finding_that_states_the_grade()
        {
            var first = Seed.Questions[0];
            Assert.Same(first.Findings[0], first.Judgment);
            Assert.Equal(FindingKind.Judgment, first.Judgment!.Kind);
            Assert.StartsWith("Cheshire Constabulary is outstanding at preventing crime", first.Judgment.Text);
            Assert.Equal(FindingKind.Judgment, Seed.Questions[2].Judgment!.Kind);
            Assert.Equal(20, Seed.Questions[2].Judgment!.Source.Line);
            Assert.Null(Seed.Questions[1].Judgment);
            Assert.Single(Seed.Questions.SelectMany(q => q.Findings), f => f.Kind == FindingKind.Judgment && f.Source.Line == 5);
        }

        [Fact]
        public void Wrapped_lines_17_and_18_are_one_finding_joined_with_one_space()
        {
            var joined = Seed.Questions[1].Findings[5];
            Assert.Equal(17, joined.Source.Line);
            Assert.Equal(18, joined.Source.EndLine);
            var lines = File.ReadAllText(Reports.SeedPath).Split('\n');
            Assert.Equal(lines[16] + " " + lines[17], joined.Text);
        }

        [Fact]
        public void Areas_for_improvement_are_the_three_dash_items_without_their_bullets()
        {
            Assert.Equal(new[] { 33, 34, 35 }, Seed.AreasForImprovement.Select(a => a.Source.Line));
            Assert.All(Seed.AreasForImprovement, a => Assert.StartsWith("The force should ", a.Text));
            Assert.Empty(Seed.CausesOfConcern);
            Assert.Empty(Seed.Recommendations);
            Assert.Empty(Seed.Notes);
        }

        [Fact]
        public void Ids_are_stable_and_name_report_section_and_position()
        {
            Assert.Equal("cheshire-2015-effectiveness/q1/f1", Seed.Questions[0].Findings[0].Id);
            Assert.Equal("cheshire-2015-effectiveness/q2/f6", Seed.Questions[1].Findings[5].Id);
            Assert.Equal("cheshire-2015-effectiveness/afi/3", Seed.AreasForImprovement[2].Id);
            Assert.Equal(PeelFiles.Parse(Reports.SeedPath), Seed);
            var ids = Seed.Questions.SelectMany(q => q.Findings).Concat(Seed.AreasForImprovement).Select(f => f.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        [Fact]
        public void Only_diagnostics_are_the_two_ungraded_questions()
        {
            Assert.Equal(new[] { ("PEEL009", 11), ("PEEL009", 25) }, Seed.Diagnostics.Select(d => (d.Id, d.Location.Line)));
            Assert.All(Seed.Diagnostics, d => Assert.Equal(PeelSeverity.Info, d.Severity));
        }

        [Fact]
        public void Typed_report_carries_the_same_data()
        {
            var report = Seed.ToReport()!;
            Assert.Equal("Cheshire PEEL 2015 Effectiveness", report.ToString());
            Assert.Equal(Seed.Questions, report.Questions);
            Assert.Same(Seed.Questions[2], report.FindQuestion("ProtectingVulnerablePeople"));
            Assert.Null(report.FindQuestion("NoSuchQuestion"));
        }
    }
}
