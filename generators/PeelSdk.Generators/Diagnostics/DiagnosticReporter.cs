using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PeelSdk.Generators.Diagnostics
{
    /// <summary>Turns diagnostic data from the pipeline into compiler diagnostics, located in the report text.</summary>
    internal static class DiagnosticReporter
    {
        public static Diagnostic ToDiagnostic(PeelDiagnostic diagnostic, string? path)
        {
            var at = diagnostic.Location;
            var location = path is null
                ? Location.None
                : Location.Create(
                    path,
                    new TextSpan(at.Start, at.Length),
                    new LinePositionSpan(new LinePosition(at.Line - 1, at.Column - 1), new LinePosition(at.EndLine - 1, at.EndColumn - 1)));
            return Diagnostic.Create(DiagnosticDescriptors.For(diagnostic.Id), location, diagnostic.Arguments.Cast<object>().ToArray());
        }
    }
}
