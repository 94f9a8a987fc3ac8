using System.IO;
using PeelSdk.Cli;

namespace PeelSdk.Tests
{
    /// <summary>Folder walks that cannot loop: symbolic links back to a parent, to a file, to nothing, and to themselves.</summary>
    public sealed class FolderWalkTests : TempFolderTest
    {
        private string Reports => Path.Combine(folder, "reports");

        /// <summary>
        /// reports/a/seed, reports/a/up → .. (a loop), reports/link.peel.txt → the seed, reports/broken → nothing, reports/self → self.
        /// </summary>
        private string BuildTree()
        {
            var a = Directory.CreateDirectory(Path.Combine(Reports, "a")).FullName;
            var seed = Path.Combine(a, "cheshire-2015-effectiveness.peel.txt");
            File.Copy(PeelSdk.Tests.Reports.SeedPath, seed);
            Directory.CreateSymbolicLink(Path.Combine(a, "up"), "..");
            File.CreateSymbolicLink(Path.Combine(Reports, "link.peel.txt"), seed);
            File.CreateSymbolicLink(Path.Combine(Reports, "broken.peel.txt"), Path.Combine(folder, "nowhere.peel.txt"));
            Directory.CreateSymbolicLink(Path.Combine(Reports, "self"), Path.Combine(Reports, "self"));
            return seed;
        }

        [Fact]
        public void Each_real_folder_is_entered_once_and_each_real_file_listed_once_under_its_first_path()
        {
            var seed = BuildTree();
            var warnings = new System.Collections.Generic.List<string>();
            var files = PeelFiles.Find(new[] { Reports }, warnings.Add);
            Assert.Equal(new[] { seed }, files);
            Assert.Equal(
                new[]
                {
                    $"skipped {Path.Combine(Reports, "broken.peel.txt")}: a symbolic link that is broken or loops",
                    $"skipped {Path.Combine(Reports, "self")}: a symbolic link that is broken or loops",
                },
                warnings
            );
            // Naming the same folder twice, or through the loop, changes nothing.
            Assert.Equal(new[] { seed }, PeelFiles.Find(new[] { Reports, Path.Combine(Reports, "a", "up", "a") }));
        }

        [Fact]
        public void Peel_check_reports_the_seed_once_warns_of_the_broken_links_and_does_not_crash()
        {
            BuildTree();
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var exit = PeelCommand.Run(new[] { "check", Reports }, output, error);
            Assert.Equal(PeelCommand.Ok, exit);
            Assert.DoesNotContain("PEEL005", output.ToString());
            Assert.All(output.ToString().TrimEnd('\n').Split('\n'), line =>
                Assert.StartsWith(Path.Combine(Reports, "a", "cheshire-2015-effectiveness.peel.txt") + "(", line)
            );
            Assert.Contains(
                "peel: warning: skipped " + Path.Combine(Reports, "broken.peel.txt") + ": a symbolic link that is broken or loops",
                error.ToString()
            );
        }

        [Fact]
        public void A_broken_link_named_on_the_command_line_exits_2_saying_what_it_points_to()
        {
            BuildTree();
            var error = new StringWriter();
            Assert.Equal(PeelCommand.UsageError, PeelCommand.Run(new[] { "check", Path.Combine(Reports, "broken.peel.txt") }, new StringWriter(), error));
            Assert.Contains("a symbolic link to '" + Path.Combine(folder, "nowhere.peel.txt") + "', which does not exist or loops", error.ToString());
        }
    }
}
