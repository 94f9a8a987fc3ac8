using System.Linq;
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
            var utf8 = version >= LanguageVersion.CSharp11 && HasSpan(compilation);
            return new EmitTarget(
                version.ToDisplayString(),
                NullableAnnotations: version >= LanguageVersion.CSharp8,
                Utf8Available: utf8,
                RuntimeReferenced: Runtime(compilation)?.GetTypeByMetadataName("PeelSdk.Generated.GeneratedReports") is not null
            );
        }

        // Each lookup asks one assembly: a compilation-wide lookup reads the type names of every reference (some 190 in a
        // .NET app), which cost the first build step that asks about a quarter of a second.
        private static IAssemblySymbol? Runtime(Compilation compilation) =>
            compilation.SourceModule.ReferencedAssemblySymbols.FirstOrDefault(assembly => assembly.Identity.Name == "PeelSdk");

        // In the core library from .NET Core 2.1 on; in System.Memory for netstandard2.0 and .NET Framework.
        private static bool HasSpan(Compilation compilation) =>
            compilation.ObjectType.ContainingAssembly.GetTypeByMetadataName(Span) is not null || compilation.GetTypeByMetadataName(Span) is not null;

        private const string Span = "System.ReadOnlySpan`1";
    }
}
