using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Parsing
{
    /// <summary>Reads rule severities from the .editorconfig options of one report file, most specific key first.</summary>
    internal static class SeverityOptions
    {
        public static ValueList<SeverityOption> Read(AnalyzerConfigOptions file)
        {
            var severities = new List<SeverityOption>();
            foreach (var rule in PeelRules.All)
            {
                if (file.TryGetValue($"dotnet_diagnostic.{rule.Id}.severity", out var value)
                    || file.TryGetValue($"dotnet_analyzer_diagnostic.category-{rule.Category}.severity", out value)
                    || file.TryGetValue("dotnet_analyzer_diagnostic.severity", out value))
                {
                    severities.Add(new SeverityOption(rule.Id, value.Trim().ToLowerInvariant()));
                }
            }
            return ValueList<SeverityOption>.From(severities);
        }
    }
}
