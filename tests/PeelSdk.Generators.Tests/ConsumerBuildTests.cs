using System.IO;
using System.Linq;
using System.Reflection;

namespace PeelSdk.Generators.Tests
{
    /// <summary>
    /// Every consumer the README promises builds the generated code with zero warnings (warnings are errors here,
    /// XML docs are checked) and reads the reports through the typed API: netstandard2.0 and .NET Framework
    /// libraries with their default C# 7.3, and .NET 8 and 10 apps; all report data as UTF-8 literals in a .NET 10
    /// app and in a netstandard2.0 library at C# 11 with System.Memory.
    /// </summary>
    public sealed class ConsumerBuildTests
    {
        // C# 7.3, so the same user code compiles in every consumer; BANG is '!' where nullable warnings are on.
        private const string Use = """
            /// <summary>What a user's code reads.</summary>
            public static class Use
            {
                /// <summary>A grade, a finding's place, a force's full name and the catalog's size.</summary>
                public static string Describe()
                {
                    var question = PeelSdk.Reports.PeelReports.Cheshire.Peel2015.Effectiveness.PreventingCrime;
                    var found = PeelSdk.Reports.PeelReports.All.Find("kent", 2018, PeelSdk.Pillar.Efficiency);
                    return question.Grade + " " + question.Judgment BANG.Source + " " + PeelSdk.Reports.PeelReports.Cheshire.FullName
                        + " " + PeelSdk.Reports.PeelReports.All.Count + " " + found BANG.Questions[0].Grade;
                }
            }
            """;

        private const string Program = """
            internal static class Program
            {
                private static void Main() => System.Console.WriteLine(Use.Describe());
            }
            """;

        [BuildTheory]
        [InlineData("netstandard2.0", "Library", "", "")]
        [InlineData("net472", "Library", "", "")]
        [InlineData("net8.0", "Exe", "<Nullable>enable</Nullable>", "")]
        [InlineData("net10.0", "Exe", "<Nullable>enable</Nullable><PeelStringDataLimit>0</PeelStringDataLimit>", "")]
        [InlineData(
            "netstandard2.0",
            "Library",
            "<LangVersion>11</LangVersion><PeelStringDataLimit>0</PeelStringDataLimit>",
            "<PackageReference Include=\"System.Memory\" Version=\"4.6.3\" />"
        )]
        public void Builds_with_no_warning_and_reads_the_reports(string targetFramework, string outputType, string properties, string items)
        {
            using var consumer = new ConsumerProject(
                targetFramework,
                outputType,
                "<GenerateDocumentationFile>true</GenerateDocumentationFile>" + properties,
                items
            );
            consumer.CopyFolder("seeds", "reports");
            consumer.CopyFolder("tests/Fixtures/layouts", "reports/layouts");
            // A saved folder: pages that are not reports are never generated (the count below), releases grade areas the texts lack.
            consumer.CopyFolder("tests/Fixtures/folder", "reports/folder");
            consumer.Write("Use.cs", Use.Replace(" BANG", properties.Contains("<Nullable>enable") ? "!" : string.Empty, System.StringComparison.Ordinal));
            if (outputType == "Exe")
            {
                consumer.Write("Program.cs", Program);
            }

            var (exit, output) = consumer.Build("EmitCompilerGeneratedFiles=true");

            Assert.True(exit == 0, output);
            Dotnet.AssertHas(output, " 0 Warning(s)");
            Dotnet.AssertHas(output, " 0 Error(s)");
            // The data form the generator chose: UTF-8 literals exactly where the budget is 0 (C# 11 and a span type present).
            var generated = Directory
                .GetFiles(Path.Combine(consumer.Folder, "obj"), "PeelReports.*.g.cs", SearchOption.AllDirectories)
                .Where(file => Path.GetFileName(file) is not ("PeelReports.g.cs" or "PeelReports.Shapes.g.cs"))
                .ToList();
            Assert.NotEmpty(generated);
            Assert.All(generated, file =>
                Assert.Equal(
                    properties.Contains("<PeelStringDataLimit>0", System.StringComparison.Ordinal),
                    File.ReadAllText(file).Contains("\"u8.ToArray())", System.StringComparison.Ordinal)
                )
            );
            var reports = PeelFiles
                .ParseAll(PeelFiles.Find(new[] { Path.Combine(consumer.Folder, "reports") }), PeelParseOptions.Default)
                .Reports.Count(r => r.IsComplete);
            var expected = $"Outstanding reports/cheshire-2015-effectiveness.peel.txt(5) Cheshire Constabulary {reports} Good";
            if (outputType == "Exe")
            {
                var run = consumer.Run();
                Dotnet.AssertSucceeded(run, "dotnet run");
                Assert.Equal(expected, run.Output.Trim());
            }
            else if (targetFramework == "netstandard2.0")
            {
                // The library loads beside this test's copy of the runtime library, as a .NET app would load it.
                var library = Assembly.LoadFile(Path.Combine(consumer.Folder, "bin", "Debug", targetFramework, "Consumer.dll"));
                Assert.Equal(expected, library.GetType("Use")!.GetMethod("Describe")!.Invoke(null, null));
            }
        }
    }
}
