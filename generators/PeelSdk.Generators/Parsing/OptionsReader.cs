using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Parsing
{
    /// <summary>Reads the MSBuild properties the generator honours.</summary>
    internal static class OptionsReader
    {
        private const string NamespaceProperty = "build_property.PeelReportsNamespace";
        private const string StringDataLimitProperty = "build_property.PeelStringDataLimit";

        public static GeneratorOptions Read(AnalyzerConfigOptions global)
        {
            var (space, invalidSpace) = Value(global, NamespaceProperty) is string name
                ? (IsNamespace(name) ? (name, null) : (GeneratorOptions.DefaultNamespace, name))
                : (GeneratorOptions.DefaultNamespace, (string?)null);
            var (limit, invalidLimit) = Value(global, StringDataLimitProperty) is string text
                ? (
                    int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes) && megabytes <= GeneratorOptions.MaxStringDataLimit
                        ? (megabytes, null)
                        : (GeneratorOptions.DefaultStringDataLimit, text)
                )
                : (GeneratorOptions.DefaultStringDataLimit, (string?)null);
            return new GeneratorOptions(space, invalidSpace, limit, invalidLimit);
        }

        /// <summary>The property's value without surrounding white space, or <see langword="null"/> when it is not set.</summary>
        private static string? Value(AnalyzerConfigOptions global, string key) =>
            global.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static bool IsNamespace(string name) =>
            name.Split('.')
                .All(part =>
                    SyntaxFacts.IsValidIdentifier(part)
                    && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None
                    && SyntaxFacts.GetContextualKeywordKind(part) != SyntaxKind.GlobalKeyword
                );
    }
}
