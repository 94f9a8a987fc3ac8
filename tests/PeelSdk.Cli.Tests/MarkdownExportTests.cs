using PeelSdk.Tests;

namespace PeelSdk.Cli.Tests
{
    /// <summary><c>peel export --format markdown</c>.</summary>
    public sealed class MarkdownExportTests : TempFolderTest
    {
        [Fact]
        public void Markdown_has_a_grade_table_and_each_questions_findings_with_their_lines()
        {
            var (exit, output, _) = Peel("export", "--format", "markdown", Reports.SeedPath);
            Assert.Equal(0, exit);
            Assert.StartsWith("## Cheshire PEEL 2015 Effectiveness\n", output);
            Assert.Contains(
                "| 1 | How effective is the force at preventing crime and anti-social behaviour, and keeping people safe? | **Outstanding** | "
                    + Reports.SeedPath
                    + "(5) |",
                output
            );
            Assert.Contains("### 3. How effective is the force at protecting from harm those who are vulnerable, and supporting victims?", output);
            Assert.Contains(
                "- Cheshire Constabulary is good at protecting from harm those who are vulnerable and supporting victims. (line 20) *Judgment*",
                output
            );
            Assert.Contains("### Areas for improvement", output);
        }
    }
}
