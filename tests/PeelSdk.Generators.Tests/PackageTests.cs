using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PeelSdk.Generators.Tests
{
    /// <summary>
    /// The packages as a user gets them: both packed into a folder feed, a brand-new project that only adds the
    /// PeelSdk package and one report file, and the peel tool installed from the same feed.
    /// </summary>
    public sealed class PackageTests : IDisposable
    {
        private readonly string root = Directory.CreateTempSubdirectory("peel-package-").FullName;

        public void Dispose() => Directory.Delete(root, recursive: true);

        [BuildFact]
        public void Packed_SDK_and_tool_work_from_a_folder_feed()
        {
            // A version unique to the run and a private package folder: the user's NuGet cache is never touched.
            var version = "0.0.0-e2e." + Guid.NewGuid().ToString("N").Substring(0, 12);
            var feed = Path.Combine(root, "feed");
            var consumer = Path.Combine(root, "Consumer");
            var tools = Path.Combine(root, "tools");
            var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
            foreach (var project in new[] { "src/PeelSdk", "src/PeelSdk.Cli" })
            {
                Dotnet.AssertSucceeded(
                    Dotnet.Sdk(
                        Dotnet.Args(
                            "pack",
                            Path.Combine(Dotnet.RepositoryRoot(), project),
                            "-c",
                            "Release",
                            "--no-restore",
                            "-o",
                            feed,
                            "-p:Version=" + version,
                            "--disable-build-servers"
                        )
                    ),
                    "dotnet pack " + project
                );
            }

            Directory.CreateDirectory(consumer);
            File.WriteAllText(
                Path.Combine(consumer, "nuget.config"),
                $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """
            );
            File.WriteAllText(
                Path.Combine(consumer, "Consumer.csproj"),
                $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="PeelSdk" Version="{version}" />
                    <AdditionalFiles Include="saved/surrey-page.txt" PeelReport="true" />
                  </ItemGroup>
                </Project>
                """
            );
            // A page saved under another name is a report when the project marks it.
            Directory.CreateDirectory(Path.Combine(consumer, "saved"));
            File.WriteAllText(
                Path.Combine(consumer, "saved", "surrey-page.txt"),
                "Surrey PEEL 2016\nEffectiveness\nHow effective is the force at keeping people safe and reducing crime?\nSurrey Police is good at "
                    + "keeping people safe and reducing crime."
            );
            File.WriteAllText(
                Path.Combine(consumer, "Program.cs"),
                """
                using PeelSdk.Reports;
                var report = PeelReports.Kent.Peel2016.Effectiveness;
                var crime = report.PreventingCrime.Grade;
                var count = PeelReports.All.Count;
                System.Console.WriteLine($"{report.Force.FullName} {report.Year} {report.Pillar}: PreventingCrime = {crime}, {count} report(s)");
                """
            );
            var report = Path.Combine(consumer, "reports", "kent-2016-effectiveness.peel.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(report)!);
            File.WriteAllText(
                report,
                "Kent PEEL 2016\nEffectiveness\nHow effective is the force at keeping people safe and reducing crime?\nHow effective is the force at "
                    + "preventing crime, tackling anti-social behaviour and keeping people safe?\nKent Police is good at preventing crime, tackling "
                    + "anti-social behaviour and keeping people safe."
            );

            Dotnet.AssertSucceeded(Dotnet.Sdk(Dotnet.Args("build", "--disable-build-servers"), consumer, isolated), "dotnet build of the consumer");
            var run = Dotnet.Sdk(Dotnet.Args("run", "--no-build"), consumer, isolated);
            Dotnet.AssertSucceeded(run, "dotnet run of the consumer");
            Assert.Equal("Kent Police 2016 Effectiveness: PreventingCrime = Good, 2 report(s)", run.Output.Trim());

            // The default items found the report once (not its copy under bin/, which the SDK adds to the excludes after
            // PeelSdk.targets), and took it out of the SDK's None items; EnablePeelDefaultItems=false turns them off, and the
            // SDK's None has the file again.
            var copied = Path.Combine(consumer, "bin", "Release", "reports", Path.GetFileName(report));
            Directory.CreateDirectory(Path.GetDirectoryName(copied)!);
            File.Copy(report, copied);
            Assert.Equal(new[] { "true" }, ReportItems(consumer, isolated));
            Assert.Empty(Items(consumer, isolated, "None"));
            Assert.Empty(ReportItems(consumer, isolated, "-p:EnablePeelDefaultItems=false"));
            Assert.Single(Items(consumer, isolated, "None", "-p:EnablePeelDefaultItems=false"));

            File.WriteAllText(report, "Kent PEEL\nEffectiveness\nHow effective is the force?\nWell.");
            var broken = Dotnet.Sdk(Dotnet.Args("build", "--disable-build-servers"), consumer, isolated);
            Assert.NotEqual(0, broken.Exit);
            var expected =
                $"{report}(1,1): error PEEL001: A report must start with a header '<Force> PEEL <year>', such as 'Cheshire PEEL 2015', or an "
                + $"integrated report's title or 'Overall summary'; found 'Kent PEEL'";
            // No help link that opens nothing: the reference is in the package instead.
            Dotnet.AssertHas(broken.Output, expected + " [");
            using (var sdk = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed, $"PeelSdk.{version}.nupkg")))
            {
                Assert.True(sdk.Entries.Any(e => e.FullName == "docs/diagnostics.md"), string.Join(", ", sdk.Entries.Select(e => e.FullName)));
            }

            Dotnet.AssertSucceeded(
                Dotnet.Sdk(Dotnet.Args("tool", "install", "--tool-path", tools, "--add-source", feed, "PeelSdk.Cli", "--version", version), root, isolated),
                "dotnet tool install"
            );
            var peel = Path.Combine(tools, OperatingSystem.IsWindows() ? "peel.exe" : "peel");
            var check = Dotnet.Run(peel, Dotnet.Args("check", report), root);
            Assert.Equal(1, check.Exit);
            Assert.Equal(expected, check.Output.Trim());
            Assert.Equal(version, Dotnet.Run(peel, Dotnet.Args("--version"), root).Output.Trim().Split('+')[0]);

            // One net8.0 build rolled forward, as .NET tools are: only .NET 10 is installed here, and the installed tool runs as it is.
            using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed, $"PeelSdk.Cli.{version}.nupkg")))
            {
                Assert.Equal(
                    new[] { "tools/net8.0/any/peel.dll" },
                    package.Entries.Select(e => e.FullName).Where(n => n.EndsWith("/peel.dll", StringComparison.Ordinal))
                );
            }
            var runtimeConfig = Directory.GetFiles(Path.Combine(tools, ".store"), "peel.runtimeconfig.json", SearchOption.AllDirectories).Single();
            Assert.Contains("\"rollForward\": \"Major\"", File.ReadAllText(runtimeConfig));

            // The README's quickest way in: one .cs file with '#:package PeelSdk@<version>' run by 'dotnet run grades.cs' in a folder of reports.
            var oneFile = Path.Combine(root, "one-file");
            Directory.CreateDirectory(Path.Combine(oneFile, "reports"));
            File.Copy(Path.Combine(consumer, "nuget.config"), Path.Combine(oneFile, "nuget.config"));
            File.WriteAllText(
                Path.Combine(oneFile, "reports", "kent-2016-effectiveness.peel.txt"),
                "Kent PEEL 2016\nEffectiveness\nHow effective is the force at keeping people safe and reducing crime?\nKent Police is good at "
                    + "keeping people safe and reducing crime.\nHow effective is the force at investigating crime and reducing re-offending?\nKent "
                    + "Police is outstanding at investigating crime and reducing re-offending."
            );
            var sample = File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot(), "samples", "one-file", "grades.cs"));
            Assert.StartsWith("#:package PeelSdk@", sample);
            File.WriteAllText(Path.Combine(oneFile, "grades.cs"), "#:package PeelSdk@" + version + sample.Substring(sample.IndexOf('\n')));
            var oneFileRun = Dotnet.Sdk(Dotnet.Args("run", "grades.cs"), oneFile, isolated);
            Dotnet.AssertSucceeded(oneFileRun, "dotnet run grades.cs");
            Assert.Equal("Kent PEEL 2016 Effectiveness: Good; InvestigatingCrime Outstanding", oneFileRun.Output.Trim());

            // A report the project lists by hand is not added a second time by the defaults.
            var projectFile = Path.Combine(consumer, "Consumer.csproj");
            File.WriteAllText(
                projectFile,
                File.ReadAllText(projectFile)
                    .Replace("</Project>", "  <ItemGroup><AdditionalFiles Include=\"reports/kent-2016-effectiveness.peel.txt\" /></ItemGroup>\n</Project>")
            );
            Assert.Single(ReportItems(consumer, isolated));
        }

        /// <summary>The PeelDefaultItem metadata of each AdditionalFiles item for the consumer's report.</summary>
        private static string?[] ReportItems(string consumer, Dictionary<string, string> environment, params string[] properties) =>
            Items(consumer, environment, "AdditionalFiles", properties)
                .Select(i => i.TryGetProperty("PeelDefaultItem", out var added) && added.GetString() is { Length: > 0 } value ? value : null)
                .ToArray();

        /// <summary>The consumer's report among the project's items of <paramref name="type"/>, as MSBuild lists them.</summary>
        private static System.Text.Json.JsonElement[] Items(string consumer, Dictionary<string, string> environment, string type, params string[] properties)
        {
            var items = Dotnet.Sdk(Dotnet.Args("msbuild", "-getItem:" + type, "-nologo").Concat(properties), consumer, environment);
            Dotnet.AssertSucceeded(items, "listing " + type);
            using var json = System.Text.Json.JsonDocument.Parse(items.Output);
            return json.RootElement.GetProperty("Items").TryGetProperty(type, out var listed)
                ? listed.EnumerateArray().Where(i => i.GetProperty("Filename").GetString() == "kent-2016-effectiveness.peel").Select(i => i.Clone()).ToArray()
                : Array.Empty<System.Text.Json.JsonElement>();
        }
    }
}
