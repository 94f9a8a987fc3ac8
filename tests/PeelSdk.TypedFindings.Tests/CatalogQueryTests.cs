using System.Linq;
using PeelSdk.Reports;

namespace PeelSdk.TypedFindings.Tests
{
    /// <summary>History, grade matrices, comparison and search over the generated catalog, as a user queries it.</summary>
    public class CatalogQueryTests
    {
        [Fact]
        public void History_spans_pillar_reports_and_integrated_cycles_and_marks_where_the_scale_changes()
        {
            var history = PeelReports.All.History("Surrey", "InvestigatingCrime");
            Assert.Equal(
                new[]
                {
                    (2014, "2014", Pillar.Effectiveness, (Grade?)Grade.RequiresImprovement, GradeScale.FourTier, false),
                    (2021, "2021/22", Pillar.Integrated, Grade.Adequate, GradeScale.FiveTier, true),
                },
                history.Select(h => (h.Year, h.Cycle, h.Pillar, h.Grade, h.GradeScale, h.ScaleChanged))
            );
            // The source is the line the grade is stated on, the same as the typed report's.
            Assert.Equal(PeelReports.Surrey.Peel2021.Inspection.InvestigatingCrime.GradeLine, history[1].Source!.Line);
            Assert.Equal(
                "Surrey 2021/22 Integrated InvestigatingCrime: Adequate (FiveTier, not comparable with the grade before) at "
                    + "../Fixtures/layouts/surrey-2021-inspection.peel.txt(26)",
                history[1].ToString()
            );
        }

        [Fact]
        public void A_year_or_cycle_matrix_has_a_row_per_force_and_a_column_per_headline_and_question()
        {
            var cycle = PeelReports.All.Grades("2021/22");
            Assert.Equal(new[] { "Kent", "Surrey", "West Midlands" }, cycle.Forces);
            Assert.Equal(cycle, PeelReports.All.Grades(2021) with { }, new MatrixComparer());
            Assert.Equal(Grade.RequiresImprovement, cycle["west midlands", new GradeColumn(Pillar.Integrated, "RespondingToThePublic")]);
            Assert.Equal(Grade.RequiresImprovement, cycle["Surrey", new GradeColumn(Pillar.Integrated, "RespondingToThePublic")]);
            Assert.Equal(new GradeColumn(Pillar.Integrated, "Headline"), cycle.Columns[0]);
            Assert.Equal(GradeScale.FiveTier, cycle.GradeScale);

            var year2016 = PeelReports.All.Grades(2016);
            Assert.Equal(new[] { "Cumbria", "Hampshire", "Norfolk" }, year2016.Forces);
            // Every cell is the typed report's own grade.
            Assert.All(year2016.Cells, cell =>
            {
                var report = PeelReports.All.Find(cell.Force, 2016, cell.Column.Pillar)!;
                var question = cell.Column.Key == "Headline" ? report.Headline : report.FindQuestion(cell.Column.Key)!;
                Assert.Equal(question.Grade, cell.Grade);
            });
        }

        [Fact]
        public void Compare_says_up_down_same_or_not_comparable_across_scales()
        {
            var surrey = PeelReports.All.Compare("Surrey", 2014, 2021);
            var investigating = surrey.Single(c => c.Column.Key == "InvestigatingCrime");
            Assert.Equal(
                (Grade.RequiresImprovement, Grade.Adequate, GradeChange.NotComparable),
                (investigating.From!.Value, investigating.To!.Value, investigating.Change)
            );
            Assert.All(surrey, c => Assert.Equal(GradeChange.NotComparable, c.Change));
            Assert.Equal("Integrated/InvestigatingCrime: RequiresImprovement (2014) → Adequate (2021): NotComparable", investigating.ToString());

            var kent = PeelReports.All.Compare("Kent", 2023, 2023);
            Assert.All(kent.Where(c => c.From != null), c => Assert.Equal(GradeChange.Same, c.Change));
        }

        [Fact]
        public void Search_ignores_case_and_accents_and_says_where_each_finding_is()
        {
            var hits = PeelReports.All.Search("CHILD SEXUAL EXPLOITATION").ToList();
            var hit = Assert.Single(hits);
            Assert.Equal(("Cheshire", "ProtectingVulnerablePeople", 23), (hit.Report.Force.Name, hit.Question!.Key, hit.Finding.Source.Line));
            Assert.Contains(PeelReports.All.Search("exploitatión"), h => h.Question is null && h.Finding.Text.Contains("children at risk of exploitation"));
        }

        [Fact]
        public void Unknown_force_key_year_or_phrase_gives_an_empty_result()
        {
            Assert.Empty(PeelReports.All.History("Atlantis", "InvestigatingCrime"));
            Assert.Empty(PeelReports.All.History("Kent", "NoSuchKey"));
            Assert.Empty(PeelReports.All.Grades(1999).Cells);
            Assert.Empty(PeelReports.All.Grades("2099/00").Forces);
            Assert.Empty(PeelReports.All.Compare("Atlantis", 2015, 2016));
            Assert.Empty(PeelReports.All.Search("no report says this"));
            Assert.Empty(PeelReports.All.Search(""));
        }

        private sealed class MatrixComparer : System.Collections.Generic.IEqualityComparer<GradeMatrix>
        {
            public bool Equals(GradeMatrix? x, GradeMatrix? y) =>
                x!.Forces.SequenceEqual(y!.Forces) && x.Columns.SequenceEqual(y.Columns) && x.Cells.SequenceEqual(y.Cells);

            public int GetHashCode(GradeMatrix obj) => obj.Cells.Count;
        }
    }
}
