extern alias PeelGenerator;

using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PeelSdk.Testing;
using PeelReportGenerator = PeelGenerator::PeelSdk.Generators.PeelReportGenerator;

namespace PeelSdk.Benchmarks
{
    /// <summary>
    /// The generator as the compiler runs it: a cold run over N reports (a command-line build), and the warm
    /// re-runs an IDE does on each edit (a C# keystroke, one report edited).
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorBenchmarks
    {
        private CSharpCompilation compilation = null!;
        private CSharpCompilation editedCompilation = null!;
        private AdditionalText[] texts = null!;
        private AdditionalText editedText = null!;
        private GeneratorDriver warm = null!;

        [Params(100, 1720)]
        public int Reports { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText("class User { }", parse) },
                Basic
                    .Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                    .Append(MetadataReference.CreateFromFile(typeof(PeelReport).Assembly.Location)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            );
            editedCompilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Another { }", parse));
            texts = SeedCorpus.Reports(Reports).Select(r => (AdditionalText)new InMemoryAdditionalText(r.Path, r.Text)).ToArray();
            editedText = new InMemoryAdditionalText(texts[0].Path, SeedCorpus.Reports(1)[0].Text.Replace("outstanding at preventing", "good at preventing"));
            warm = Driver().RunGenerators(compilation);
        }

        private GeneratorDriver Driver() =>
            CSharpGeneratorDriver.Create(
                new[] { new PeelReportGenerator().AsSourceGenerator() },
                texts,
                new CSharpParseOptions(LanguageVersion.Latest),
                new TestOptionsProvider(new Dictionary<string, string>())
            );

        [Benchmark(Description = "cold run (command-line build)")]
        public GeneratorDriver ColdRun() => Driver().RunGenerators(compilation);

        [Benchmark(Description = "warm run after a C# edit")]
        public GeneratorDriver AfterCSharpEdit() => warm.RunGenerators(editedCompilation);

        [Benchmark(Description = "warm run after one report edit")]
        public GeneratorDriver AfterReportEdit() => warm.ReplaceAdditionalText(texts[0], editedText).RunGenerators(compilation);
    }
}
