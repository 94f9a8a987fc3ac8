using System;

namespace PeelSdk
{
    /// <summary>
    /// Which files PeelSdk reads, by name: the one place the build (generator and <c>PeelSdk.props</c>' default items, which
    /// spell the same patterns), <see cref="PeelFiles"/> and <c>peel</c> take them from.
    /// </summary>
    public static class PeelFileKinds
    {
        /// <summary>A report in a project: <c>*.peel.txt</c> (any other AdditionalFiles item marked <c>PeelReport="true"</c> too).</summary>
        public const string ReportExtension = ".peel.txt";

        /// <summary>A grades table: <c>*.peel-grades.csv</c>.</summary>
        public const string GradeTableExtension = ".peel-grades.csv";

        /// <summary>A text that <c>peel</c> and <c>PeelFiles.Find</c> read from a folder: <c>*.txt</c>.</summary>
        public const string TextExtension = ".txt";

        /// <summary>True for a file named as a report (<see cref="ReportExtension"/>).</summary>
        public static bool IsReportName(string path) => path.EndsWith(ReportExtension, StringComparison.OrdinalIgnoreCase);

        /// <summary>True for a grades table (<see cref="GradeTableExtension"/>).</summary>
        public static bool IsGradeTable(string path) => path.EndsWith(GradeTableExtension, StringComparison.OrdinalIgnoreCase);

        /// <summary>A file a folder walk reads: a text (reports and other pages alike) or a grades table.</summary>
        public static bool IsRead(string path) => path.EndsWith(TextExtension, StringComparison.OrdinalIgnoreCase) || IsGradeTable(path);
    }
}
