using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PeelSdk.Generators.Tests
{
    /// <summary>The README's code is real: its tour of the typed API compiles against reports as a user's project would.</summary>
    public sealed class ReadmeTests
    {
        [Fact]
        public void The_tour_of_the_typed_API_compiles_with_no_warning()
        {
            var readme = File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot(), "README.md"));
            var tour = Regex.Match(readme, @"## A tour of the typed API\s+```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
            Assert.True(tour.Success, "the README has no tour of the typed API");
            var lines = tour.Groups["code"].Value.Split('\n');
            var usings = lines.Where(l => l.StartsWith("using ", System.StringComparison.Ordinal));
            var body = lines.Where(l => !l.StartsWith("using ", System.StringComparison.Ordinal));
            var program =
                "using System;\nusing System.Linq;\n"
                + string.Join("\n", usings)
                + "\ninternal static class Tour\n{\n    internal static void Run()\n    {\n"
                + string.Join("\n", body)
                + "\n    }\n}\n";
            var kent = File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot(), "tests", "Fixtures", "layouts", "kent-2023-inspection.peel.txt"));

            var run = GeneratorHarness.Run(
                new[] { ("seeds/cheshire-2015-effectiveness.peel.txt", GeneratorHarness.SeedText()), ("reports/kent-2023-inspection.peel.txt", kent) },
                sources: program
            );

            Assert.Empty(run.CompilationProblems);
        }
    }
}
