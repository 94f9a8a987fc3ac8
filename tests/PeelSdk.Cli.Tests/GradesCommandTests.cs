using PeelSdk.Tests;

namespace PeelSdk.Cli.Tests
{
    /// <summary><c>peel grades</c>: the matrix in a terminal and redirected, years and cycles.</summary>
    public sealed class GradesCommandTests : TempFolderTest
    {
        [Fact]
        public void Grades_prints_the_matrix_plain_when_redirected_and_coloured_on_a_terminal_unless_NO_COLOR()
        {
            var plain = Peel("grades", "--year", "2016", Reports.LayoutsFolder);
            Assert.Equal(0, plain.Exit);
            Assert.StartsWith("PEEL 2016 (four-tier grades)\nForce", plain.Output);
            Assert.Contains("\nNorfolk  ", plain.Output);
            Assert.DoesNotContain("\u001b[", plain.Output);
            Assert.DoesNotContain("PEEL 2015", plain.Output);

            var coloured = Peel(new Terminal(true, true, ColorAllowed: true), "grades", "--year", "2016", Reports.LayoutsFolder);
            Assert.Contains("\u001b[30;102mGood \u001b[0m", coloured.Output);
            var noColor = Peel(new Terminal(true, true, ColorAllowed: false), "grades", "--year", "2016", Reports.LayoutsFolder);
            Assert.Equal(plain.Output, noColor.Output);

            var all = Peel("grades", Reports.LayoutsFolder);
            Assert.Contains("PEEL 2014 (four-tier grades)", all.Output);
            Assert.Contains("PEEL 2023–25 (five-tier grades)", all.Output);
        }

        [Theory]
        [InlineData("2021/22")]
        [InlineData("2021-22")]
        [InlineData("2022")]
        public void Grades_takes_a_cycle_as_the_library_does(string cycle)
        {
            var (exit, output, _) = Peel("grades", "--year", cycle, Reports.SavedFolder);
            Assert.Equal(0, exit);
            Assert.StartsWith("PEEL 2021/22 (five-tier grades)\nForce", output);
            Assert.Contains("\nKent ", output);
            Assert.DoesNotContain("PEEL 2016", output);
        }

        [Fact]
        public void Grades_of_a_year_or_cycle_with_no_report_says_so_and_fails()
        {
            var (exit, output, error) = Peel("grades", "--year", "2025-27", Reports.SavedFolder);
            Assert.Equal((1, ""), (exit, output));
            Assert.EndsWith("peel grades: no report of PEEL 2025–27 among the files read\n", error);
        }
    }
}
