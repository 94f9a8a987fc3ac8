using System;
using System.IO;
using System.Linq;
using PeelSdk.Testing;
using PeelSdk.Tests;

namespace PeelSdk.Cli.Tests
{
    /// <summary><c>peel check</c>: the build's diagnostics in MSBuild form, its exit codes, pages it names, and folders with links.</summary>
    public sealed class CheckCommandTests : TempFolderTest
    {
        private static readonly PeelFileSet Checked = PeelFiles.ParseAll(DiagnosticFixtures.Files, new PeelParseOptions(DiagnosticFixtures.CurrentYear));

        [Fact]
        public void Check_prints_each_diagnostic_in_MSBuild_form_and_exits_0_without_errors()
        {
            var (exit, output, _) = Peel("check", Reports.SeedPath);
            Assert.Equal(0, exit);
            var expected = PeelFiles.Parse(Reports.SeedPath).Diagnostics.Select(d => d.ToString());
            Assert.Equal(expected, output.TrimEnd('\n').Split('\n'));
            Assert.StartsWith(Reports.SeedPath + "(11,1): info PEEL009: Question 2 ", output);
        }

        [Fact]
        public void Check_exits_1_when_a_report_has_an_error()
        {
            var broken = WriteFile("broken.peel.txt", Reports.Lines("Suffolk 2016", "Effectiveness", "How well?", "Fine."));
            var (exit, output, _) = Peel("check", broken);
            Assert.Equal(1, exit);
            Assert.Contains(broken + "(1,1): error PEEL001: ", output);
        }

        [Fact]
        public void Peel_check_prints_the_same_lines_as_the_parser_reports()
        {
            var output = new StringWriter { NewLine = "\n" };
            var exit = PeelCommand.Run(new[] { "check", DiagnosticFixtures.Folder() }, output, new StringWriter());
            Assert.Equal(1, exit);
            Assert.Equal(Checked.Diagnostics.Select(d => d.ToString()), output.ToString().TrimEnd('\n').Split('\n'));
        }

        [Fact]
        public void Check_names_the_kind_of_every_page_it_skips_and_finds_no_error_in_a_saved_folder()
        {
            var (exit, output, _) = Peel("check", Reports.SavedFolder);
            Assert.Equal(0, exit);
            var pages = output.Split('\n').Where(l => l.Contains(" info PEEL022: ", StringComparison.Ordinal)).ToList();
            Assert.Equal(6, pages.Count);
            Assert.Contains(pages, l =>
                l.Contains(
                    "kent-2021-publication.peel.txt(1,1): info PEEL022: This page is a landing page about Kent Police PEEL 2021/22",
                    StringComparison.Ordinal
                )
            );
        }

        [Fact]
        public void Peel_check_reports_the_seed_once_warns_of_the_broken_links_and_does_not_crash()
        {
            LinkedTree.Build(folder);
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var exit = PeelCommand.Run(new[] { "check", LinkedTree.Folder(folder) }, output, error);
            Assert.Equal(PeelCommand.Ok, exit);
            Assert.DoesNotContain("PEEL005", output.ToString());
            Assert.All(output.ToString().TrimEnd('\n').Split('\n'), line =>
                Assert.StartsWith(Path.Combine(LinkedTree.Folder(folder), "a", "cheshire-2015-effectiveness.peel.txt") + "(", line)
            );
            Assert.Contains(
                "peel: warning: skipped " + Path.Combine(LinkedTree.Folder(folder), "broken.peel.txt") + ": a symbolic link that is broken or loops",
                error.ToString()
            );
        }

        [Fact]
        public void A_broken_link_named_on_the_command_line_exits_2_saying_what_it_points_to()
        {
            LinkedTree.Build(folder);
            var error = new StringWriter();
            Assert.Equal(
                PeelCommand.UsageError,
                PeelCommand.Run(new[] { "check", Path.Combine(LinkedTree.Folder(folder), "broken.peel.txt") }, new StringWriter(), error)
            );
            Assert.Contains("a symbolic link to '" + Path.Combine(folder, "nowhere.peel.txt") + "', which does not exist or loops", error.ToString());
        }
    }
}
