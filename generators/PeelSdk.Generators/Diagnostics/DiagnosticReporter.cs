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
                output.ReportDiagnostic(ToDiagnostic(diagnostic));
            }
        }

        public static Diagnostic ToDiagnostic(LocatedDiagnostic located)
        {
            var at = located.Diagnostic.Location;
            var location = located.Path is null
                ? Location.None
                : Location.Create(
                    located.Path,
                    new TextSpan(at.Start, at.Length),
                    new LinePositionSpan(new LinePosition(at.Line - 1, at.Column - 1), new LinePosition(at.EndLine - 1, at.EndColumn - 1))
                );
            return Diagnostic.Create(DiagnosticDescriptors.For(located.Diagnostic.Id), location, located.Diagnostic.Arguments.Cast<object>().ToArray());
        }
    }
}
