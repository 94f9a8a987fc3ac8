using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PeelSdk.Data;
using PeelSdk.Generators.Model;
using PeelSdk.Parsing;

namespace PeelSdk.Generators.Parsing
{
    /// <summary>The first step of the pipeline: picks the report files among AdditionalFiles and parses each on its own.</summary>
    internal static class ReportInputs
    {
        private const string ReportMetadata = "build_metadata._PeelMarkedReport.PeelReport";
        private const string ProjectDirProperty = "build_property.ProjectDir";
        private const string CurrentYearProperty = "build_property.PeelCurrentYear";

        /// <summary>A report is an AdditionalFiles item named <c>*.peel.txt</c> or marked <c>PeelReport="true"</c> (a grades table never is).</summary>
        public static bool IsReport(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
            !IsGradeTable(file)
            && (
                PeelFileKinds.IsReportName(file.Path)
                || (
                    options.GetOptions(file).TryGetValue(ReportMetadata, out var marked)
                    && string.Equals(marked?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
                )
            );

        /// <summary>A grades table is an AdditionalFiles item named <c>*.peel-grades.csv</c>.</summary>
        public static bool IsGradeTable(AdditionalText file) => PeelFileKinds.IsGradeTable(file.Path);

        public static GradeTableFile ParseGradeTable(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            return new GradeTableFile(file.Path, GradeTables.Parse(text, DisplayPath(file, options)));
        }

        public static ReportFile Parse(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            var display = DisplayPath(file, options);
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return new ReportFile(
                    file.Path,
                    ParsedReport.NotText(display, TextLocations.StartOfText, "could not be read by the compiler"),
                    ValueList<int>.Empty
                );
            }
            var normalized = LineEndings.Normalize(text.ToString(), out var originalLineStarts);
            return new ReportFile(
                file.Path,
                PeelParser.Read(normalized, display, ReadParseOptions(options.GlobalOptions), cancellationToken),
                originalLineStarts
            );
        }

        /// <summary>The official grades as they apply: the grades tables, then the news releases, each in ordinal path order.</summary>
        public static ValueList<GradeTable> InApplyOrder(IEnumerable<GradeTableFile> tables, IEnumerable<GradeTableFile> releases) =>
            ValueList<GradeTable>.From(
                tables.OrderBy(t => t.Path, StringComparer.Ordinal).Concat(releases.OrderBy(r => r.Path, StringComparer.Ordinal)).Select(t => t.Table)
            );

        /// <summary>The report completed with the official grades (the parser's judgment pass), and its data for the generated code.</summary>
        public static ReportFile Grade(ReportFile file, ValueList<GradeTable> official)
        {
            var graded = GradePrecedence.Complete(file.Report, official);
            return file with { Report = graded, Data = graded.IsComplete ? ReportEncoder.Encode(graded) : null };
        }

        private static string DisplayPath(AdditionalText file, AnalyzerConfigOptionsProvider options)
        {
            options.GlobalOptions.TryGetValue(ProjectDirProperty, out var projectDir);
            return DisplayPath(file.Path, projectDir);
        }

        private static PeelParseOptions ReadParseOptions(AnalyzerConfigOptions global) =>
            global.TryGetValue(CurrentYearProperty, out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                ? new PeelParseOptions(year)
                : PeelParseOptions.Default;

        /// <summary>
        /// The path relative to the project folder, with '/' separators, so generated code does not depend on
        /// where the repository is checked out; the full path when there is no common root.
        /// </summary>
        public static string DisplayPath(string path, string? projectDir)
        {
            if (string.IsNullOrEmpty(projectDir))
            {
                return path.Replace('\\', '/');
            }

            var target = Segments(path);
            var root = Segments(projectDir!);
            var common = 0;
            while (common < target.Count - 1 && common < root.Count && string.Equals(target[common], root[common], StringComparison.Ordinal))
            {
                common++;
            }

            if (common == 0)
            {
                return path.Replace('\\', '/');
            }

            var relative = new List<string>();
            for (var i = common; i < root.Count; i++)
            {
                relative.Add("..");
            }

            for (var i = common; i < target.Count; i++)
            {
                relative.Add(target[i]);
            }

            return string.Join("/", relative);
        }

        private static List<string> Segments(string path)
        {
            var segments = new List<string>(path.Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries));
            segments.RemoveAll(segment => segment == ".");
            return segments;
        }
    }
}
