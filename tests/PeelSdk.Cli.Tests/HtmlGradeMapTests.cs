using System.IO;
using PeelSdk.Tests;

namespace PeelSdk.Cli.Tests
{
    /// <summary><c>peel html</c>: one self-contained page that says what was read (its behaviour in a browser: <see cref="GradeMapBrowserTests"/>).</summary>
    public sealed class HtmlGradeMapTests : TempFolderTest
    {
        [Fact]
        public void The_grade_maps_header_says_what_was_read()
        {
            var page = Path.Combine(folder, "folder.html");
            Assert.Equal(0, Peel("html", "-o", page, Reports.SavedFolder).Exit);
            Assert.Contains("4 report(s) on 3 force(s) (4 reports from 10 files; 6 not reports, 0 unreadable; 1 grades table read).", File.ReadAllText(page));
        }

        [Fact]
        public void Html_writes_one_self_contained_page()
        {
            var page = Path.Combine(folder, "grades.html");
            var (exit, output, _) = Peel("html", "-o", page, Reports.LayoutsFolder);
            Assert.Equal((0, ""), (exit, output));
            var html = File.ReadAllText(page);
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.DoesNotContain("http://", html);
            Assert.DoesNotContain("https://", html);
            Assert.Contains(
                "<td data-pillar=\"Integrated\" data-key=\"InvestigatingCrime\" data-grade=\"Good\" title=\"Good — "
                    + "../Fixtures/layouts/kent-2023-inspection.peel.txt(21)\">",
                html.Replace(Reports.LayoutsFolder.Replace('\\', '/') + "/", "../Fixtures/layouts/")
            );
        }
    }
}
