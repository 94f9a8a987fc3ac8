using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Parsing
{
    /// <summary>Reads what the consumer's compilation allows, as System.Text.Json's generator does: its C# version and the types the generated code
    /// needs.</summary>
    internal static class TargetReader
    {
        /// <summary>The target of code parsed with <paramref name="options"/> (the options generated files are parsed with) into
        /// <paramref name="compilation"/>.</summary>
        public static EmitTarget Read(Compilation compilation, ParseOptions options)
        {
            var version = options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.CSharp7_3;
            var hasSpan = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null;
            return new EmitTarget(
                version.ToDisplayString(),
                NullableAnnotations: version >= LanguageVersion.CSharp8,
                Utf8Available: version >= LanguageVersion.CSharp11 && hasSpan,
                RuntimeReferenced: compilation.GetTypeByMetadataName("PeelSdk.Generated.GeneratedReports") is not null
            );
        }
    }
}
