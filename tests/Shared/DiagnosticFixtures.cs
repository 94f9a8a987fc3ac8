using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PeelSdk.Testing
{
    /// <summary>
    /// The fixtures of tests/Fixtures/diagnostics and the diagnostics each must produce when the whole folder is
    /// checked together: a file named PEELnnn*.peel.txt triggers rule nnn; PEELnnn.ok.peel.txt is a look-alike that must not.
    /// </summary>
    internal static class DiagnosticFixtures
    {
        /// <summary>The year the fixtures are checked in (PEEL012's "after next year").</summary>
        public const int CurrentYear = 2026;

        public static readonly Expected[] All =
        {
            new Expected("PEEL001.peel.txt", "PEEL001", PeelSeverity.Error, 3, "Durham 2014"),
            new Expected("PEEL002.peel.txt", "PEEL002", PeelSeverity.Error, 2, "Efectiveness"),
            new Expected("PEEL003.peel.txt", "PEEL003", PeelSeverity.Error, 1, "Surrey PEEL 2016"),
            new Expected("PEEL004.peel.txt", "PEEL004", PeelSeverity.Warning, 4, "How effective is the force at investigating crime?"),
            new Expected("PEEL004.peel.txt", "PEEL009", PeelSeverity.Info, 4, "How effective is the force at investigating crime?"),
            new Expected("PEEL005-b.peel.txt", "PEEL005", PeelSeverity.Error, 2, "Wiltshire PEEL 2016"),
            new Expected("PEEL006.peel.txt", "PEEL006", PeelSeverity.Warning, 6, "How well does the force plan for the future?"),
            new Expected("PEEL006.peel.txt", "PEEL009", PeelSeverity.Info, 6, "How well does the force plan for the future?"),
            new Expected("PEEL007.peel.txt", "PEEL009", PeelSeverity.Info, 4, "How effective is the force at investigating crime?"),
            new Expected("PEEL007.peel.txt", "PEEL007", PeelSeverity.Warning, 5, "Suffolk Constabulary"),
            new Expected("PEEL008.peel.txt", "PEEL008", PeelSeverity.Warning, 6, "inadequate"),
            new Expected("PEEL009.peel.txt", "PEEL009", PeelSeverity.Info, 4, "How well does the force understand demand?"),
            new Expected("PEEL010.peel.txt", "PEEL010", PeelSeverity.Warning, 3, "This report was updated in March."),
            new Expected("PEEL010.peel.txt", "PEEL010", PeelSeverity.Warning, 6, "- It uses force fairly."),
            new Expected("PEEL011-latin1.peel.txt", "PEEL011", PeelSeverity.Error, 5, "\uFFFD"),
            new Expected("PEEL011-nul.peel.txt", "PEEL011", PeelSeverity.Error, 2, "\0"),
            new Expected("PEEL011.peel.txt", "PEEL011", PeelSeverity.Error, 1, ""),
            new Expected("PEEL012-future.peel.txt", "PEEL012", PeelSeverity.Warning, 1, "2099"),
            new Expected("PEEL012.peel.txt", "PEEL012", PeelSeverity.Warning, 1, "2009"),
            new Expected("PEEL013.peel.txt", "PEEL013", PeelSeverity.Warning, 1, "Cheshre"),
            new Expected("PEEL014.peel.txt", "PEEL014", PeelSeverity.Warning, 5, "good"),
            new Expected("PEEL015.peel.txt", "PEEL015", PeelSeverity.Info, 4, "How well does the force recruit volunteers?"),
            new Expected(
                "PEEL016.peel.txt",
                "PEEL016",
                PeelSeverity.Info,
                6,
                "How efficiently does the force operate and how sustainable are its services to the public?"
            ),
            new Expected("PEEL017.peel-grades.csv", "PEEL017", PeelSeverity.Error, 3, "Hampshire,20x7,Effectiveness,1,Good"),
            new Expected("PEEL017.peel-grades.csv", "PEEL017", PeelSeverity.Error, 4, "Hampshire,2017,Effectiveness,1"),
            new Expected("PEEL017.peel-grades.csv", "PEEL017", PeelSeverity.Error, 5, "Hampshyre,2017,Effectiveness,1,Good"),
            new Expected("PEEL017.peel-grades.csv", "PEEL017", PeelSeverity.Error, 6, "Hampshire,2017,Effectiveness,1,Excellent"),
            new Expected("PEEL018.peel.txt", "PEEL018", PeelSeverity.Warning, 3, "three"),
            new Expected("PEEL019.peel.txt", "PEEL019", PeelSeverity.Warning, 8, "Adequate"),
            new Expected("PEEL020.peel.txt", "PEEL020", PeelSeverity.Warning, 6, "was awarded no requires improvement or inadequate grades"),
            new Expected("PEEL021.peel.txt", "PEEL021", PeelSeverity.Info, 2, "Suffolk Constabulary"),
            new Expected("PEEL022.peel.txt", "PEEL022", PeelSeverity.Info, 1, "Gwent Police must improve how it answers calls"),
            new Expected("PEEL023.peel.txt", "PEEL022", PeelSeverity.Info, 1, "Bedfordshire Police praised by the inspectorate"),
            new Expected("PEEL023.peel.txt", "PEEL023", PeelSeverity.Warning, 4, "use of resources"),
            new Expected("PEEL023.ok.peel.txt", "PEEL022", PeelSeverity.Info, 1, "Bedfordshire Police praised again"),
            new Expected("PEEL023-table.peel-grades.csv", "PEEL023", PeelSeverity.Warning, 2, "Gwent,2023,Integrated,GoodUseOfResources,Good"),
            new Expected("PEEL024.peel.txt", "PEEL024", PeelSeverity.Info, 1, "PEEL 2023–2025: An inspection of Leicestershire Police"),
            new Expected("PEEL024-release.peel.txt", "PEEL022", PeelSeverity.Info, 1, "Leicestershire Police has improved"),
            new Expected("PEEL024-ok-release.peel.txt", "PEEL022", PeelSeverity.Info, 1, "Northumbria Police is doing well"),
            new Expected("PEEL025.peel.txt", "PEEL025", PeelSeverity.Warning, 1, "PEEL 2023–2025: An inspection of Warwickshire Police"),
            new Expected("PEEL025-release.peel.txt", "PEEL022", PeelSeverity.Info, 1, "Warwickshire Police has improved"),
            new Expected("PEEL025-ok-release.peel.txt", "PEEL022", PeelSeverity.Info, 1, "Wiltshire Police is doing well"),
        };

        /// <summary>The rules that concern report files (PEEL100 and up are about the project, tested with the generator).</summary>
        public static IEnumerable<string> FileRuleIds => PeelRules.All.Select(r => r.Id).Where(id => string.CompareOrdinal(id, "PEEL100") < 0);

        public static string Folder([CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures", "diagnostics"));

        /// <summary>Every fixture: reports (<c>*.peel.txt</c>) and grades tables (<c>*.peel-grades.csv</c>).</summary>
        public static IReadOnlyList<string> Files =>
            Directory
                .GetFiles(Folder())
                .Where(f => f.EndsWith(".peel.txt", StringComparison.Ordinal) || f.EndsWith(".peel-grades.csv", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

        public static IEnumerable<object[]> FileNames => Files.Select(f => new object[] { Path.GetFileName(f) });

        public static IEnumerable<object[]> ReportFileNames => FileNames.Where(f => ((string)f[0]).EndsWith(".peel.txt", StringComparison.Ordinal));

        /// <summary>The expected diagnostics of one fixture, located from its text, in text order.</summary>
        public static List<(string Id, PeelSeverity Severity, int Line, int Column, int EndLine, int EndColumn)> For(string fileName)
        {
            var lines = File.ReadAllText(Path.Combine(Folder(), fileName)).TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            return All.Where(e => e.File == fileName)
                .Select(e =>
                {
                    var column = e.Span.Length == 0 ? 0 : lines[e.Line - 1].IndexOf(e.Span, StringComparison.Ordinal);
                    if (column < 0)
                    {
                        throw new InvalidOperationException($"'{e.Span}' is not on line {e.Line} of {fileName}");
                    }

                    return (e.Id, e.Severity, Line: e.Line, Column: column + 1, EndLine: e.Line, EndColumn: column + 1 + e.Span.Length);
                })
                .OrderBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>A diagnostic a fixture must produce: its span is exactly <paramref name="Span"/> on <paramref name="Line"/>.</summary>
    internal sealed record Expected(string File, string Id, PeelSeverity Severity, int Line, string Span);
}
