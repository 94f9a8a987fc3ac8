using System.Linq;
using Microsoft.CodeAnalysis;
using PeelSdk.Generators.Diagnostics;
using PeelSdk.Generators.Emitting;
using PeelSdk.Generators.Model;
using PeelSdk.Generators.Naming;
using PeelSdk.Generators.Parsing;

namespace PeelSdk.Generators
{
    /// <summary>
    /// Generates typed classes for the PEEL report texts of a project (AdditionalFiles named <c>*.peel.txt</c> or
    /// marked <c>PeelReport="true"</c>), and reports their structural problems as diagnostics in the text.
    /// </summary>
    /// <remarks>
    /// Each file is parsed on its own into a value-equatable model, so editing C# re-parses nothing and editing one
    /// report re-parses only that one. Only identities are collected for the shared catalog. Each report is emitted
    /// as data behind a thin typed class, one file per force, so the compiler's cost per report stays small.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class PeelReportGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context
                .AnalyzerConfigOptionsProvider.Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            var target = context
                .CompilationProvider.Combine(context.ParseOptionsProvider)
                .Select(static (pair, _) => TargetReader.Read(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Target);

            var gradeTables = context
                .AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => ReportInputs.IsGradeTable(pair.Left))
                .Select(static (pair, cancellationToken) => ReportInputs.ParseGradeTable(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.GradeTables);

            var parsed = context
                .AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => ReportInputs.IsReport(pair.Left, pair.Right))
                .Select(static (pair, cancellationToken) => ReportInputs.Parse(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ParsedReports);

            // News releases among the texts state grades of the reports they are about: official grades, like the tables.
            var releaseGrades = parsed
                .Where(static file => file.Report.OfficialGrades != null)
                .Select(static (file, _) => new GradeTableFile(file.Path, file.Report.OfficialGrades!))
                .WithTrackingName(TrackingNames.ReleaseGrades);

            // Put in the order they apply once, not for each report.
            var officialGrades = gradeTables
                .Collect()
                .Combine(releaseGrades.Collect())
                .Select(static (pair, _) => ReportInputs.InApplyOrder(pair.Left, pair.Right));

            // Official grades apply after parsing, so editing a table or a release re-parses no report, only re-applies the grades.
            var reports = parsed
                .Combine(officialGrades)
                .Select(static (pair, _) => ReportInputs.Grade(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.GradedReports);

            var budget = reports
                .Select(static (file, _) => DataSize.Of(file))
                .WithTrackingName(TrackingNames.DataSizes)
                .Collect()
                .Combine(options)
                .Combine(target)
                .Select(static (pair, _) => DataBudgetBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right))
                .WithTrackingName(TrackingNames.DataBudget);

            var catalog = reports
                .Select(static (file, _) => ReportIdentity.Of(file))
                .WithTrackingName(TrackingNames.Identities)
                .Collect()
                .Combine(options)
                .Combine(target.Combine(budget))
                .Select(static (pair, _) => CatalogBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right.Left, pair.Right.Right))
                .WithTrackingName(TrackingNames.Catalog);

            // The names alone: an edit that changes only the index (a grade, a line, a finding count) rebuilds the edited report's spec only.
            var names = catalog.Select(static (model, _) => model.Names).WithTrackingName(TrackingNames.Names);

            var reportSpecs = reports
                .Combine(names)
                .Select(static (pair, _) => ReportSpecBuilder.Build(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ReportSpecs);

            var allSpecs = reportSpecs.Collect();

            // Grouped after the per-report step, so a report edit rebuilds one spec and re-emits only its force's file.
            var forceFiles = allSpecs
                .Combine(names)
                .SelectMany(static (pair, _) => ReportSpecBuilder.ForceFiles(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ForceFiles);

            // A shape is shared: the file of report types changes only when a shape appears or disappears.
            var shapeFile = allSpecs.Select(static (specs, _) => ReportSpecBuilder.ShapeFile(specs)).WithTrackingName(TrackingNames.Shapes);

            var fileDiagnostics = reports
                .Select(static (file, _) => ValueList<LocatedDiagnostic>.From(file.Report.Diagnostics.Select(file.Locate)))
                .WithTrackingName(TrackingNames.FileDiagnostics);

            context.RegisterSourceOutput(gradeTables, static (output, table) =>
                DiagnosticReporter.Report(output, table.Table.Diagnostics.Select(d => new LocatedDiagnostic(table.Path, d)))
            );

            context.RegisterSourceOutput(fileDiagnostics, static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

            context.RegisterSourceOutput(forceFiles, static (output, file) => output.AddSource(file.HintName, ForceEmitter.Emit(file)));

            context.RegisterSourceOutput(shapeFile, static (output, file) =>
            {
                if (file != null)
                {
                    output.AddSource(ShapeEmitter.HintName, ShapeEmitter.Emit(file));
                }
            });

            context.RegisterSourceOutput(catalog, static (output, model) =>
            {
                DiagnosticReporter.Report(output, model.Diagnostics);
                if (model.Names.Target.RuntimeReferenced)
                {
                    output.AddSource(CatalogEmitter.HintName, CatalogEmitter.Emit(model));
                }
                else if (model.Names.Reports.Count > 0)
                {
                    output.ReportDiagnostic(
                        Diagnostic.Create(DiagnosticDescriptors.For(PeelRules.RuntimeNotReferenced), Location.None, model.Names.Reports.Count)
                    );
                }
            });
        }
    }
}
