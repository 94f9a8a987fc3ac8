extern alias PeelGenerator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PeelGenerator::PeelSdk.Generators;
using PeelSdk.Testing;

namespace PeelSdk.Generators.Tests
{
    /// <summary>Runs the generator in memory, as the compiler would, and compiles what it generates.</summary>
    internal static class GeneratorHarness
    {
        public const string ProjectDir = "/project/";

        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

        public static string SeedText([CallerFilePath] string thisFile = "") =>
            File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "seeds", "cheshire-2015-effectiveness.peel.txt"));

        public static CSharpCompilation Compilation(bool withRuntime = true, params string[] sources) => Compilation(ParseOptions, withRuntime, sources);

        public static CSharpCompilation Compilation(CSharpParseOptions parseOptions, bool withRuntime, params string[] sources)
        {
            var references = Basic.Reference.Assemblies.Net100.References.All.ToList<MetadataReference>();
            if (withRuntime)
            {
                references.Add(MetadataReference.CreateFromFile(typeof(PeelReport).Assembly.Location));
            }

            return CSharpCompilation.Create(
                "Consumer",
                sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
                references,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8
                        ? NullableContextOptions.Enable
                        : NullableContextOptions.Disable
                )
            );
        }

        public static GeneratorDriver Driver(
            IEnumerable<AdditionalText> reports,
            IDictionary<string, string>? global = null,
            IDictionary<string, IDictionary<string, string>>? perFile = null
        ) => Driver(ParseOptions, reports, global, perFile);

        public static GeneratorDriver Driver(
            CSharpParseOptions parseOptions,
            IEnumerable<AdditionalText> reports,
            IDictionary<string, string>? global = null,
            IDictionary<string, IDictionary<string, string>>? perFile = null,
            bool trackSteps = true
        )
        {
            var options = new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDir };
            foreach (var pair in global ?? new Dictionary<string, string>())
            {
                options[pair.Key] = pair.Value;
            }

            return CSharpGeneratorDriver.Create(
                new[] { new PeelReportGenerator().AsSourceGenerator() },
                reports,
                parseOptions,
                new TestOptionsProvider(options, perFile),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps)
            );
        }

        /// <summary>Runs the generator over <paramref name="reports"/> (paths relative to the project) and compiles the result.</summary>
        public static GeneratorRun Run(
            IEnumerable<(string Path, string Text)> reports,
            IDictionary<string, string>? global = null,
            bool withRuntime = true,
            params string[] sources
        ) => Run(ParseOptions, reports, global, withRuntime, sources);

        /// <summary>As <see cref="Run(IEnumerable{ValueTuple{string, string}}, IDictionary{string, string}?, bool, string[])"/>, for a consumer with
        /// <paramref name="parseOptions"/> (its C# version).</summary>
        public static GeneratorRun Run(
            CSharpParseOptions parseOptions,
            IEnumerable<(string Path, string Text)> reports,
            IDictionary<string, string>? global = null,
            bool withRuntime = true,
            params string[] sources
        )
        {
            var texts = reports.Select(r => (AdditionalText)new InMemoryAdditionalText(ProjectDir + r.Path, r.Text)).ToList();
            var driver = Driver(parseOptions, texts, global)
                .RunGeneratorsAndUpdateCompilation(Compilation(parseOptions, withRuntime, sources), out var output, out var generatorDiagnostics);
            return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
        }

        public static GeneratorRun Run(params (string Path, string Text)[] reports) => Run(reports, null);

        /// <summary>
        /// Runs the generator as the compiler does, without recording its steps: for runs over many files, where recording
        /// every step's inputs (each report's inputs include every news release's) costs minutes and no test reads them.
        /// </summary>
        public static GeneratorRun RunUntracked(IEnumerable<(string Path, string Text)> reports)
        {
            var texts = reports.Select(r => (AdditionalText)new InMemoryAdditionalText(ProjectDir + r.Path, r.Text)).ToList();
            var driver = Driver(ParseOptions, texts, trackSteps: false)
                .RunGeneratorsAndUpdateCompilation(Compilation(ParseOptions, true), out var output, out var generatorDiagnostics);
            return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
        }

        /// <summary>The report files that got a typed property in <paramref name="sources"/>, in ordinal order.</summary>
        public static IEnumerable<string> GeneratedReportFiles(IEnumerable<GeneratedSourceResult> sources) =>
            sources
                .SelectMany(s =>
                    System
                        .Text.RegularExpressions.Regex.Matches(
                            s.SourceText.ToString(),
                            @"/// <summary>[^\n]*? From (?<file>[^\n]*)\.</summary>\n\s*/// <remarks>"
                        )
                        .Select(m => m.Groups["file"].Value)
                )
                .OrderBy(f => f, StringComparer.Ordinal);
    }

    /// <summary>What one generator run produced.</summary>
    internal sealed class GeneratorRun
    {
        public GeneratorRun(GeneratorDriverRunResult result, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
        {
            Result = result;
            Output = output;
            GeneratorDiagnostics = generatorDiagnostics;
        }

        public GeneratorDriverRunResult Result { get; }

        public Compilation Output { get; }

        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        public ImmutableArray<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

        public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

        /// <summary>The report files that got a class, as each class's summary names its file (one file holds a force's reports).</summary>
        public IEnumerable<string> GeneratedReportFiles => GeneratorHarness.GeneratedReportFiles(Sources);

        /// <summary>Compiler warnings and errors in the generated code (what TreatWarningsAsErrors would fail on).</summary>
        public IEnumerable<Diagnostic> CompilationProblems => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

        /// <summary>Emits the compilation and loads it, for calling the generated API as a user would.</summary>
        public Assembly Load()
        {
            using var image = new MemoryStream();
            var emit = Output.Emit(image);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            return Assembly.Load(image.ToArray());
        }
    }
}
