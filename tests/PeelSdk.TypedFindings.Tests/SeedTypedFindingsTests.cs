using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using PeelSdk.Reports;

namespace PeelSdk.TypedFindings.Tests
{
    /// <summary>The seed through the API generated at compile time: what a user's unit tests look like.</summary>
    public class SeedTypedFindingsTests
    {
        private static readonly PeelReports.Shapes.Effectiveness2015Report Report = PeelReports.Cheshire.Peel2015.Effectiveness;

        private static string SeedPath([CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "seeds", "cheshire-2015-effectiveness.peel.txt");

        private static string[] SeedLines() => File.ReadAllText(SeedPath()).Split('\n');

        [Fact]
        public void The_report_is_reached_by_force_year_and_pillar()
        {
            Assert.Equal("Cheshire", Report.Force.Name);
            Assert.Equal("Cheshire Constabulary", Report.Force.FullName);
            Assert.Equal("cheshire", Report.Force.Slug);
            Assert.Equal(2015, Report.Year);
            Assert.Equal(Pillar.Effectiveness, Report.Pillar);
            Assert.Equal("How effective is the force at keeping people safe and reducing crime?", Report.Headline.Text);
            Assert.Null(Report.Headline.Grade);
            Assert.Equal("Cheshire", PeelReports.Cheshire.Name);
        }

        [Fact]
        public void Four_questions_graded_Outstanding_none_Good_none()
        {
            Assert.Equal(4, Report.Questions.Count);
            Assert.Equal(Grade.Outstanding, Report.PreventingCrime.Grade);
            Assert.Null(Report.InvestigatingCrime.Grade);
            Assert.Equal(Grade.Good, Report.ProtectingVulnerablePeople.Grade);
            Assert.Null(Report.SeriousAndOrganisedCrime.Grade);
            Assert.Equal(new[] { 1, 2, 3, 4 }, Report.Questions.Select(q => q.Number));
        }

        [Fact]
        public void Finding_counts_are_6_6_5_6()
        {
            Assert.Equal(new[] { 6, 6, 5, 6 }, Report.Questions.Select(q => q.Findings.Count));
        }

        [Fact]
        public void Judgments_are_typed_findings_with_their_lines()
        {
            var judgment = Report.PreventingCrime.Judgment!;
            Assert.Equal(FindingKind.Judgment, judgment.Kind);
            Assert.Equal(5, judgment.Source.Line);
            Assert.Equal(5, Report.PreventingCrime.GradeLine);
            Assert.Equal(20, Report.ProtectingVulnerablePeople.Judgment!.Source.Line);
            Assert.Null(Report.SeriousAndOrganisedCrime.Judgment);
        }

        [Fact]
        public void Lines_17_and_18_are_one_finding()
        {
            var joined = Report.InvestigatingCrime.Findings.Last();
            var lines = SeedLines();
            Assert.Equal((17, 18), (joined.Source.Line, joined.Source.EndLine));
            Assert.Equal(lines[16] + " " + lines[17], joined.Text);
            Assert.Equal(FindingKind.Finding, joined.Kind);
        }

        [Fact]
        public void Three_areas_for_improvement_with_their_lines()
        {
            Assert.Equal(new[] { 33, 34, 35 }, Report.AreasForImprovement.Select(a => a.Source.Line));
            var lines = SeedLines();
            Assert.Equal(lines.Skip(32).Take(3).Select(l => l.Substring(2)), Report.AreasForImprovement.Select(a => a.Text));
        }

        [Fact]
        public void Ids_are_stable()
        {
            Assert.Equal("cheshire-2015-effectiveness/q1/f1", Report.Questions[0].Findings[0].Id);
            Assert.Equal("cheshire-2015-effectiveness/q3/f5", Report.Questions[2].Findings[4].Id);
            Assert.Equal(
                new[] { "cheshire-2015-effectiveness/afi/1", "cheshire-2015-effectiveness/afi/2", "cheshire-2015-effectiveness/afi/3" },
                Report.AreasForImprovement.Select(a => a.Id)
            );
        }

        [Fact]
        public void The_catalog_answers_LINQ_queries_across_reports()
        {
            Assert.Contains(Report, PeelReports.All);
            Assert.Same(Report, PeelReports.All.Find("cheshire", 2015, Pillar.Effectiveness));
            Assert.Same(Report, Assert.Single(PeelReports.Cheshire.All));
            var graded = PeelReports.All.Questions.Where(x => x.Report.Force.Name == "Cheshire" && x.Question.Grade != null).Select(x => x.Question.Key);
            Assert.Equal(new[] { "PreventingCrime", "ProtectingVulnerablePeople" }, graded);
        }

        [Fact]
        public void The_typed_report_equals_what_the_runtime_parser_reads_from_the_same_file()
        {
            var parsed = PeelFiles.Parse(SeedPath());
            Assert.Equal(parsed.Questions.Select(q => (q.Key, q.Grade, q.Findings.Count)), Report.Questions.Select(q => (q.Key, q.Grade, q.Findings.Count)));
            Assert.Equal(
                parsed.Questions.SelectMany(q => q.Findings).Select(f => (f.Id, f.Text)),
                Report.Questions.SelectMany(q => q.Findings).Select(f => (f.Id, f.Text))
            );
        }
    }
}
