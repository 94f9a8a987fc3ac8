using System.IO;
using System.Linq;
using PeelSdk.Tests;

namespace PeelSdk.Cli.Tests
{
    /// <summary>The command line itself: usage, help and version, unknown commands and options, missing paths, progress.</summary>
    public sealed class CommandLineTests : TempFolderTest
    {
        [Theory]
        [InlineData("check")]
        [InlineData("grades")]
        [InlineData("html", "-o", "page.html")]
        [InlineData("export", "--format", "csv")]
        public void A_missing_path_exits_2_naming_it_and_writes_nothing(params string[] command)
        {
            var missing = Path.Combine(folder, "nope.peel.txt");
            var (exit, output, error) = Peel(command.Append(missing).ToArray());
            Assert.Equal((2, ""), (exit, output));
            Assert.Contains("No such file or folder: " + missing, error);
        }

        [Theory]
        [InlineData("frobnicate")]
        [InlineData("check")]
        [InlineData("check", "--strict", "x")]
        [InlineData("export", "x")]
        [InlineData("export", "--format", "csv")]
        [InlineData("export", "--format", "xml", "x")]
        [InlineData("export", "--format", "yaml", "x")]
        [InlineData("export", "--format")]
        [InlineData("grades", "--year", "twenty", "x")]
        [InlineData("grades", "--format", "csv", "x")]
        [InlineData("html", "x")]
        [InlineData("html", "-o", "a.html", "-o", "b.html", "x")]
        public void Bad_command_lines_exit_2_with_a_message_and_usage(params string[] args)
        {
            var (exit, output, error) = Peel(args);
            Assert.Equal((2, ""), (exit, output));
            Assert.StartsWith("peel", error);
            Assert.Contains("Usage:", error);
        }

        [Fact]
        public void Help_and_version()
        {
            Assert.Equal((0, true), (Peel("--help").Exit, Peel("--help").Output.Contains("peel check")));
            var version = Peel("--version");
            Assert.Equal(0, version.Exit);
            Assert.Matches(@"^\d+\.\d+\.\d+", version.Output);
        }

        [Fact]
        public void Progress_goes_to_a_terminals_stderr_only()
        {
            var reports = Path.Combine(folder, "many");
            Directory.CreateDirectory(reports);
            for (var i = 0; i < 120; i++)
            {
                File.WriteAllText(
                    Path.Combine(reports, $"r{i:000}.peel.txt"),
                    $"Essex PEEL {2014 + (i % 5)}\nEffectiveness\nHow effective is the force?\nWell {i}."
                );
            }

            var terminal = Peel(new Terminal(false, true, true), "check", reports);
            Assert.Contains("\rpeel: parsed 120 of 120 reports (100%)", terminal.Error);
            Assert.DoesNotContain("parsed", terminal.Output);
            Assert.DoesNotContain("parsed", Peel("check", reports).Error);
        }

        [Fact]
        public void The_README_and_the_usage_list_every_command()
        {
            var readme = File.ReadAllText(Path.Combine(Reports.RepositoryRoot(), "README.md"));
            var (_, usage, _) = Peel("--help");

            Assert.NotEmpty(PeelCommand.CommandNames);
            Assert.All(PeelCommand.CommandNames, command => Assert.Contains($"| `peel {command}", readme));
            Assert.All(PeelCommand.CommandNames, command => Assert.Contains($"  peel {command} ", usage));
        }
    }
}
