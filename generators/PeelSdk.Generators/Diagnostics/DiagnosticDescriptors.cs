using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PeelSdk.Generators.Diagnostics
{
    /// <summary>
    /// The compiler's view of the rules in <see cref="PeelRules"/>: each descriptor is built from its rule, so an id,
    /// title, message, category or severity is written once, in <see cref="PeelRules"/>. Release tracking reads
    /// constant ids only, so the tracking file is checked against <see cref="PeelRules.All"/> by a test instead.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> ById = PeelRules.All.ToDictionary(rule => rule.Id, Describe);

        /// <summary>The descriptor of a rule.</summary>
        public static DiagnosticDescriptor For(PeelRule rule) => For(rule.Id);

        /// <summary>The descriptor of a rule id.</summary>
        public static DiagnosticDescriptor For(string id) =>
            ById.TryGetValue(id, out var descriptor)
                ? descriptor
                : throw new System.ArgumentOutOfRangeException(nameof(id), id, "No descriptor for this rule id");

#pragma warning disable RS1017 // The id is a rule's constant from PeelRuleIds, read through the rule.
        private static DiagnosticDescriptor Describe(PeelRule rule) =>
            new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                rule.MessageFormat,
                rule.Category,
                SeverityOf(rule.Severity),
                isEnabledByDefault: true,
                helpLinkUri: rule.HelpLink
            );
#pragma warning restore RS1017

        private static DiagnosticSeverity SeverityOf(PeelSeverity severity) =>
            severity switch
            {
                PeelSeverity.Error => DiagnosticSeverity.Error,
                PeelSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            };
    }
}
