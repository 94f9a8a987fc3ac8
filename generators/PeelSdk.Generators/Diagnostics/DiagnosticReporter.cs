using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Diagnostics
{
    /// <summary>Turns diagnostic data from the pipeline into compiler diagnostics, located in the report text.</summary>
    internal static class DiagnosticReporter
    {
        public static void Report(SourceProductionContext output, IEnumerable<LocatedDiagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                if (ToDiagnostic(diagnostic) is { } reported) output.ReportDiagnostic(reported);
            }
        }

        /// <summary>
        /// The compiler diagnostic, or <see langword="null"/> when .editorconfig turns the rule off for the file. The
        /// compiler applies .editorconfig severities only to C# files, so the generator applies them to report files itself.
        /// </summary>
        public static Diagnostic? ToDiagnostic(LocatedDiagnostic located)
        {
            var descriptor = DiagnosticDescriptors.For(located.Diagnostic.Id);
            DiagnosticSeverity severity;
            switch (located.ConfiguredSeverity)
            {
                case "none": return null;
                case "silent": severity = DiagnosticSeverity.Hidden; break;
                case "suggestion": severity = DiagnosticSeverity.Info; break;
                case "warning": severity = DiagnosticSeverity.Warning; break;
                case "error": severity = DiagnosticSeverity.Error; break;
                default: severity = descriptor.DefaultSeverity; break;
            }
            var at = located.Diagnostic.Location;
            var location = located.Path is null
                ? Location.None
                : Location.Create(
                    located.Path,
                    new TextSpan(at.Start, at.Length),
                    new LinePositionSpan(new LinePosition(at.Line - 1, at.Column - 1), new LinePosition(at.EndLine - 1, at.EndColumn - 1)));
            return Diagnostic.Create(descriptor, location, severity, null, null, located.Diagnostic.Arguments.Cast<object>().ToArray());
        }
    }
}
