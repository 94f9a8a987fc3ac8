using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// Compiled into the generator tests and the benchmarks: the inputs a compiler hands a generator, in memory.
namespace PeelSdk.Testing
{
    /// <summary>A report file as the compiler sees it.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            this.text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>MSBuild properties and item metadata as the compiler passes them to generators.</summary>
    internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, DictionaryOptions> files;

        public TestOptionsProvider(IDictionary<string, string> global, IDictionary<string, IDictionary<string, string>>? perFile = null)
        {
            GlobalOptions = new DictionaryOptions(global);
            files = (perFile ?? new Dictionary<string, IDictionary<string, string>>()).ToDictionary(p => p.Key, p => new DictionaryOptions(p.Value));
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            files.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

        internal sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            public static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());

            private readonly IDictionary<string, string> values;

            public DictionaryOptions(IDictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
