using System;
using System.IO;
using System.Linq;
using System.Text;

namespace PeelSdk.Generators.Tests
{
    /// <summary>A test that runs a real <c>dotnet build</c>; <c>PEEL_SKIP_BUILD_TESTS=1</c> skips it in quick local loops (CI never sets it).</summary>
    public sealed class BuildFactAttribute : FactAttribute
    {
        public const string SkipVariable = "PEEL_SKIP_BUILD_TESTS";

        public BuildFactAttribute() => Skip = SkipReason;

        internal static string? SkipReason => Environment.GetEnvironmentVariable(SkipVariable) == "1" ? $"{SkipVariable}=1" : null;
    }

    /// <summary>A data-driven test that runs a real <c>dotnet build</c>, skipped as <see cref="BuildFactAttribute"/> is.</summary>
    public sealed class BuildTheoryAttribute : TheoryAttribute
    {
        public BuildTheoryAttribute() => Skip = BuildFactAttribute.SkipReason;
    }

    /// <summary>A throw-away consumer project, built with the real SDK: diagnostics appear in <c>dotnet build</c> at file(line,col).</summary>
    public sealed class BuildTests : IDisposable
    {
        private readonly ConsumerProject consumer = new ConsumerProject("net10.0", properties: "<Nullable>enable</Nullable>");

        public void Dispose() => consumer.Dispose();

        private string Write(string relative, string text) => consumer.Write(relative, text);

        private (int Exit, string Output) Build(params string[] properties) => consumer.Build(properties);

        [BuildFact]
        public void Dotnet_build_fails_at_the_broken_line_and_succeeds_once_fixed()
        {
            // The compiler applies .editorconfig sections to C# files only; a global config reaches report files too.
            Write(".globalconfig", "is_global = true\ndotnet_diagnostic.PEEL009.severity = warning\n");
            Write(
                "Use.cs",
                "public static class Use { public static PeelSdk.Grade? Grade => PeelSdk.Reports.PeelReports.Testshire.Peel2016.Effectiveness.Headline.Grade; }"
            );
            var good = Write(
                "reports/testshire.peel.txt",
                "Testshire PEEL 2016\nEffectiveness\nHow effective is the force at keeping people safe and reducing crime?\nHow effective is the "
                    + "force at investigating crime?\nInvestigations are thorough."
            );
            var broken = Write("reports/broken.peel.txt", "Skip to content\n\nOtherfolk 2016\nEffectiveness\nHow effective is the force?\nWell.");
            var latin1 = Path.Combine(consumer.Folder, "reports", "latin1.peel.txt");
            File.WriteAllBytes(
                latin1,
                Encoding.ASCII.GetBytes("Elsewhere PEEL 2016\nEffectiveness\nHow effective is the force?\nCaf").Concat(new byte[] { 0xE9 }).ToArray()
            );

            var (exit, output) = Build();

            Assert.NotEqual(0, exit);
            // The very line `peel check` prints for the same file, located at the broken header.
            var expected = PeelFiles.Parse(broken).Diagnostics.Single().ToString();
            Assert.StartsWith($"{broken}(3,1): error PEEL001: ", expected);
            // No help link follows the message while the project has no public address for its docs.
            Dotnet.AssertHas(output, expected + " [");
            Dotnet.AssertHas(output, $"{latin1}(4,4): error PEEL011: The report is not UTF-8 text: a byte here could not be decoded");
            // .globalconfig raised PEEL009 to a warning, and TreatWarningsAsErrors made it an error.
            Dotnet.AssertHas(output, $"{good}(4,1): error PEEL009: ");

            File.WriteAllText(broken, "Otherfolk PEEL 2016\nEffectiveness\nHow effective is the force?\nOtherfolk Police is good in its effectiveness.");
            File.Delete(latin1);
            var (fixedExit, fixedOutput) = Build("TreatWarningsAsErrors=false");

            Assert.True(fixedExit == 0, fixedOutput);
            Dotnet.AssertHas(fixedOutput, $"{good}(4,1): warning PEEL009: ");
            Assert.DoesNotContain("error", fixedOutput.Replace("0 Error(s)", string.Empty), StringComparison.OrdinalIgnoreCase);
        }

        [BuildFact]
        public void Remove_and_Update_work_on_the_default_report_items_and_a_file_listed_twice_is_read_once()
        {
            using var project = new ConsumerProject(
                "net10.0",
                items: """
                <AdditionalFiles Remove="reports/old.peel.txt" />
                <AdditionalFiles Remove="reports/archive/**" />
                <AdditionalFiles Include="reports\testshire.peel.txt" />
                <AdditionalFiles Update="reports/testshire.peel.txt" Note="kept" />
                """
            );
            const string Report =
                "Kent PEEL 2016\nEffectiveness\nHow effective is the force at keeping people safe and reducing crime?\nKent Police is good at "
                + "keeping people safe and reducing crime.";
            project.Write("reports/testshire.peel.txt", Report);
            // Each of these would fail the build if it were read: the same report again (PEEL005), a broken header (PEEL001).
            project.Write("reports/old.peel.txt", Report);
            project.Write("reports/archive/broken.peel.txt", "Not a header\nEffectiveness");
            project.Write(
                "Use.cs",
                "public static class Use { public static PeelSdk.Grade? Grade => PeelSdk.Reports.PeelReports.Kent.Peel2016.Effectiveness.Headline.Grade; }"
            );
            var (exit, output) = project.Build();
            Assert.True(exit == 0, output);
            Assert.DoesNotContain("PEEL0", output);
        }

        [BuildFact]
        public void The_readmes_peel_command_runs_from_the_repository_on_this_machine()
        {
            // The exact command the README gives, run where it says (the repository root), on a machine with only the .NET 10 runtime.
            var readme = File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot(), "README.md"));
            var match = System.Text.RegularExpressions.Regex.Match(readme, @"`(dotnet run --project src/PeelSdk\.Cli -- check seeds/)`");
            Assert.True(match.Success, "the README gives no 'dotnet run --project src/PeelSdk.Cli -- check seeds/' command");
            var (exit, output) = Dotnet.Sdk(match.Groups[1].Value.Split(' ').Skip(1), Dotnet.RepositoryRoot());
            Assert.True(exit == 0, output);
            Dotnet.AssertHas(output, "seeds/cheshire-2015-effectiveness.peel.txt(11,1): info PEEL009: ");
        }
    }
}
