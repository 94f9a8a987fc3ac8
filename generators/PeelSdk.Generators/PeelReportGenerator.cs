using System.Linq;
using Microsoft.CodeAnalysis;
using PeelSdk.Generators.Catalog;
using PeelSdk.Generators.Diagnostics;
using PeelSdk.Generators.Emitting;
using PeelSdk.Generators.Model;
using PeelSdk.Generators.Parsing;
using PeelSdk.Parsing;

namespace PeelSdk.Generators
{
    /// <summary>
    /// Generates typed classes for the PEEL report texts of a project (AdditionalFiles named <c>*.peel.txt</c> or
    /// marked <c>PeelReport="true"</c>), and reports their structural problems as diagnostics in the text.
    /// </summary>
    /// <remarks>
    /// Each file is parsed on its own into a value-equatable model, so editing C# re-parses nothing and editing one
    /// report re-parses only that one. Only identities are collected for the shared catalog.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class PeelReportGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            var gradeTables = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => ReportInputs.IsGradeTable(pair.Left))
                .Select(static (pair, cancellationToken) => ReportInputs.ParseGradeTable(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.GradeTables);

            // Tables apply after parsing, so editing a table re-parses no report, only re-applies the grades.
            var reports = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => ReportInputs.IsReport(pair.Left, pair.Right))
                .Select(static (pair, cancellationToken) => ReportInputs.Parse(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ParsedReports)
                .Combine(gradeTables.Collect())
                .Select(static (pair, _) => pair.Right.IsEmpty
                    ? pair.Left
                    : pair.Left with { Report = GradeTables.Apply(pair.Left.Report, pair.Right.OrderBy(t => t.Path, System.StringComparer.Ordinal).Select(t => t.Table)) })
                .WithTrackingName(TrackingNames.GradedReports);

            var runtimeReferenced = context.CompilationProvider
                .Select(static (compilation, _) => compilation.GetTypeByMetadataName("PeelSdk.PeelReport") is not null)
                .WithTrackingName(TrackingNames.RuntimeReference);

            var catalog = reports
                .Select(static (file, _) => ReportIdentity.Of(file))
                .WithTrackingName(TrackingNames.Identities)
                .Collect()
                .Combine(options)
                .Select(static (pair, _) => CatalogBuilder.Build(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Catalog);

            var reportSources = reports
                .Combine(catalog.Combine(runtimeReferenced))
                .Select(static (pair, _) => CreateSourceModel(pair.Left, pair.Right.Left, pair.Right.Right))
                .WithTrackingName(TrackingNames.ReportSources);

            var fileDiagnostics = reports
                .Select(static (file, _) => ValueList<LocatedDiagnostic>.From(file.Report.Diagnostics.Select(d => new LocatedDiagnostic(file.Path, d))))
                .WithTrackingName(TrackingNames.FileDiagnostics);

            context.RegisterSourceOutput(gradeTables, static (output, table) =>
                DiagnosticReporter.Report(output, table.Table.Diagnostics.Select(d => new LocatedDiagnostic(table.Path, d))));

            context.RegisterSourceOutput(fileDiagnostics, static (output, diagnostics) =>
            {
                DiagnosticReporter.Report(output, diagnostics);
            });

            context.RegisterSourceOutput(reportSources, static (output, model) =>
            {
                if (model is not null) output.AddSource(model.Slot.HintName, ReportEmitter.Emit(model));
            });

            context.RegisterSourceOutput(catalog.Combine(runtimeReferenced), static (output, pair) =>
            {
                var (model, referenced) = pair;
                DiagnosticReporter.Report(output, model.Diagnostics);
                if (referenced)
                {
                    output.AddSource(CatalogEmitter.HintName, CatalogEmitter.Emit(model));
                }
                else if (model.Reports.Count > 0)
                {
                    output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RuntimeNotReferenced, Location.None, model.Reports.Count));
                }
            });
        }

        private static ReportSourceModel? CreateSourceModel(ReportFile file, CatalogModel catalog, bool runtimeReferenced)
        {
            if (!runtimeReferenced) return null;
            var slot = catalog.FindSlot(file.Path);
            return slot is { IsGenerated: true } ? new ReportSourceModel(catalog.Namespace, slot, file.Report) : null;
        }
    }
}
