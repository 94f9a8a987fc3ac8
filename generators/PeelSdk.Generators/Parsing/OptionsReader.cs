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

        public static GeneratorOptions Read(AnalyzerConfigOptions global)
        {
            if (!global.TryGetValue(NamespaceProperty, out var value) || string.IsNullOrWhiteSpace(value))
            {
                return new GeneratorOptions(GeneratorOptions.DefaultNamespace, null);
            }
            var name = value.Trim();
            return IsNamespace(name) ? new GeneratorOptions(name, null) : new GeneratorOptions(GeneratorOptions.DefaultNamespace, name);
        }

        private static bool IsNamespace(string name) =>
            name.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part)
                && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None
                && SyntaxFacts.GetContextualKeywordKind(part) != SyntaxKind.GlobalKeyword);
    }
}
