using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PeelSdk.Generators.Tests
{
    /// <summary>
    /// What the generator writes, one approved snapshot per scenario (<c>Snapshots/*.verified.cs</c>, data shown one token
    /// a line): a pillar report, its report type and the catalog, an integrated report, the C# 7.3 form, and a report with every kind of list.
    /// </summary>
    public sealed class SnapshotTests
    {
        private const string SeedPath = "seeds/cheshire-2015-effectiveness.peel.txt";

        private static string Fixture(string name) => File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot(), "tests", "Fixtures", "layouts", name));

        private static string Generated(GeneratorRun run, string hint)
        {
            Assert.Empty(run.CompilationProblems);
            return run.Source(hint);
        }

        [Fact]
        public void Pillar_report() =>
            Snapshot.Match("PillarReport", Generated(GeneratorHarness.Run((SeedPath, GeneratorHarness.SeedText())), "PeelReports.Cheshire.g.cs"));

        [Fact]
        public void Report_types() =>
            Snapshot.Match("Shapes", Generated(GeneratorHarness.Run((SeedPath, GeneratorHarness.SeedText())), "PeelReports.Shapes.g.cs"));

        [Fact]
        public void Catalog() => Snapshot.Match("Catalog", Generated(GeneratorHarness.Run((SeedPath, GeneratorHarness.SeedText())), "PeelReports.g.cs"));

        [Fact]
        public void Integrated_report() =>
            Snapshot.Match(
                "IntegratedReport",
                Generated(GeneratorHarness.Run(("reports/kent-2023-inspection.peel.txt", Fixture("kent-2023-inspection.peel.txt"))), "PeelReports.Kent.g.cs")
            );

        [Fact]
        public void CSharp_7_3()
        {
            var csharp73 = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);
            Snapshot.Match(
                "CSharp73",
                Generated(GeneratorHarness.Run(csharp73, new[] { (SeedPath, GeneratorHarness.SeedText()) }), "PeelReports.Cheshire.g.cs")
            );
        }

        private const string EveryList = """
            Skip to content
            Surrey PEEL 2016
            Legitimacy
            How legitimate is the force at keeping people safe and reducing crime?
            Surrey Police is good at treating people fairly.
            How well does the force treat the people it serves?
            Surrey Police is good at treating the people it serves with fairness and respect.
            It publishes the following:
            • stop and search records
            • use of force figures
            Causes of concern
            • The force does not record stop and search well.
            Recommendations
            • Within six months, the force should record every stop.
            Areas for improvement
            • The force should explain its use of force to the public.
            """;

        [Fact]
        public void Report_with_every_kind_of_list() =>
            Snapshot.Match("EveryListKind", Generated(GeneratorHarness.Run(("reports/surrey-2016-legitimacy.peel.txt", EveryList)), "PeelReports.Surrey.g.cs"));
    }
}
