extern alias PeelGenerator;

using System;
using System.IO;
using System.Linq;
using PeelGenerator::PeelSdk.Generators;

namespace PeelSdk.Generators.Tests
{
    /// <summary>
    /// A throw-away consumer project in a temporary folder that uses the built runtime library and generator as a
    /// package user would (through the package's build files), built and run with the real SDK.
    /// </summary>
    internal sealed class ConsumerProject : IDisposable
    {
        public ConsumerProject(string targetFramework, string outputType = "Library", string properties = "", string items = "")
        {
            Folder = Directory.CreateTempSubdirectory("peel-consumer-").FullName;
            var root = Dotnet.RepositoryRoot();
            Write(
                "Consumer.csproj",
                $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{root}/src/PeelSdk/buildTransitive/PeelSdk.props" />
                  <PropertyGroup>
                    <TargetFramework>{targetFramework}</TargetFramework>
                    <OutputType>{outputType}</OutputType>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    {properties}
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="PeelSdk" HintPath="{typeof(PeelReport).Assembly.Location}" />
                    <Analyzer Include="{typeof(PeelReportGenerator).Assembly.Location}" />
                    {items}
                  </ItemGroup>
                  <Import Project="{root}/src/PeelSdk/buildTransitive/PeelSdk.targets" />
                </Project>
                """
            );
        }

        public string Folder { get; }

        public string Write(string relative, string text)
        {
            var path = Path.Combine(Folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        /// <summary>Copies every file of a repository folder into <paramref name="relative"/>.</summary>
        public void CopyFolder(string repositoryFolder, string relative)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Dotnet.RepositoryRoot(), repositoryFolder)))
            {
                Directory.CreateDirectory(Path.Combine(Folder, relative));
                File.Copy(file, Path.Combine(Folder, relative, Path.GetFileName(file)));
            }
        }

        public (int Exit, string Output) Build(params string[] properties) =>
            Dotnet.Sdk(new[] { "build", Folder, "--disable-build-servers" }.Concat(properties.Select(p => "-p:" + p)));

        public (int Exit, string Output) Run() =>
            Dotnet.Sdk(
                new[] { "run", "--project", Folder, "--no-build" },
                Folder,
                new System.Collections.Generic.Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" }
            );

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
