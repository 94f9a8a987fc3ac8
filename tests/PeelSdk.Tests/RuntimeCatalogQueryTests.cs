using System.IO;
using System.Linq;

namespace PeelSdk.Tests
{
    /// <summary>The grade queries over a catalog of reports read at run time (not generated): the same answers from the reports themselves.</summary>
    public class RuntimeCatalogQueryTests
    {
        private static readonly PeelCatalog Catalog = new PeelCatalog(
            PeelFiles
                .ParseAll(PeelFiles.Find(new[] { Path.Combine(Reports.RepositoryRoot(), "tests", "Fixtures", "layouts") }), PeelParseOptions.Default)
                .Reports.Select(r => r.ToReport())
                .Where(r => r != null)
                .Select(r => r!)
        );

        [Fact]
        public void History_matrix_and_compare_read_the_reports_grades()
        {
            var history = Catalog.History("surrey", "investigatingcrime");
            Assert.Equal(new[] { (Grade?)Grade.RequiresImprovement, Grade.Adequate }, history.Select(h => h.Grade));
            Assert.Equal(new[] { false, true }, history.Select(h => h.ScaleChanged));

            var norfolk = Catalog.Find("Norfolk", 2016, Pillar.Effectiveness)!;
            var matrix = Catalog.Grades(2016);
            Assert.Equal(norfolk.FindQuestion("InvestigatingCrime")!.Grade, matrix["Norfolk", new GradeColumn(Pillar.Effectiveness, "InvestigatingCrime")]);
            Assert.Equal(
                norfolk.FindQuestion("InvestigatingCrime")!.GradeSource!.File,
                matrix.Cells.Single(c => c.Force == "Norfolk" && c.Column.Key == "InvestigatingCrime").Source!.File
            );

            var kent = Catalog.Compare("Kent", 2018, 2023);
            Assert.All(kent, c => Assert.Equal(GradeChange.NotComparable, c.Change));
            Assert.Contains(kent, c => c.Column == new GradeColumn(Pillar.Integrated, "InvestigatingCrime") && c.From is null && c.To == Grade.Good);
        }

        [Fact]
        public void Records_print_what_they_hold()
        {
            var comparison = new GradeComparison(
                new GradeColumn(Pillar.Effectiveness, "InvestigatingCrime"),
                2015,
                Grade.Good,
                2016,
                Grade.Outstanding,
                GradeChange.Up
            );
            Assert.Equal("Effectiveness/InvestigatingCrime: Good (2015) → Outstanding (2016): Up", comparison.ToString());
            // Cumbria's 2016 legitimacy (headline and two questions) and Norfolk's 2016 effectiveness (headline and three).
            Assert.Equal("PEEL 2016: 2 force(s) × 7 column(s), 7 cell(s)", Catalog.Grades(2016).ToString());
        }
    }
}
