using System.Linq;
using PeelSdk.Parsing;

namespace PeelSdk.Tests.Parsing
{
    /// <summary>The judgments table after "as follows:", in each rendering a copy gives it, and where it ends.</summary>
    public sealed class JudgmentsTableTests
    {
        private static (TableArea[] Areas, int End, int Lines) Read(params string[] lines)
        {
            var source = SourceLine.Split(Reports.Lines(lines));
            var (areas, end) = JudgmentsTable.Read(source, 0);
            return (areas.ToArray(), end, source.Count);
        }

        private static string[] Graded(TableArea[] areas) => areas.Select(a => $"{a.Name}={a.Grade}").ToArray();

        [Fact]
        public void One_area_and_its_grade_per_line_with_a_dash_or_a_tab()
        {
            var (areas, end, _) = Read("Investigating crime – Good", "Protecting vulnerable people\tRequires improvement", "Kent Police is good.");

            Assert.Equal(new[] { "Investigating crime=Good", "Protecting vulnerable people=RequiresImprovement" }, Graded(areas));
            Assert.Equal(2, end);
            var first = areas[0];
            Assert.Equal("Good", first.GradeLine.Content.Substring(first.GradeOffset, first.GradeLength));
        }

        [Fact]
        public void Grade_words_as_column_headings_place_each_area_in_its_column()
        {
            var (areas, end, lines) = Read("Outstanding\tGood\tAdequate", "\tInvestigating crime\tManaging offenders", "\tProtecting vulnerable people");

            Assert.Equal(
                new[] { "Investigating crime=Good", "Managing offenders=Adequate", "Protecting vulnerable people=Good" },
                Graded(areas).OrderBy(x => x).ToArray()
            );
            Assert.Equal(lines, end);
        }

        [Fact]
        public void A_grade_word_on_its_own_line_grades_the_areas_under_it()
        {
            var (areas, _, _) = Read("Good", "Investigating crime", "Adequate", "Managing offenders");

            Assert.Equal(new[] { "Investigating crime=Good", "Managing offenders=Adequate" }, Graded(areas));
        }

        [Fact]
        public void A_sentence_first_means_there_is_no_table()
        {
            var (areas, end, _) = Read("We also inspected how effective a service Kent Police gives to victims of crime.", "Investigating crime – Good");

            Assert.Empty(areas);
            Assert.Equal(0, end);
        }
    }
}
