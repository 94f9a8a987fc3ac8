using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PeelSdk.Cli
{
    /// <summary>
    /// What a command read: the reports it works on, and each text it did not read as a report with why (its kind, its first
    /// error, or the copy of the report kept instead), so <c>export</c>, <c>grades</c> and <c>html</c> never drop a file silently.
    /// </summary>
    internal sealed class ReadSummary
    {
        private ReadSummary(
            IReadOnlyList<ParsedReport> reports,
            IReadOnlyList<(string File, string Why)> skipped,
            int texts,
            int tables,
            int notReports,
            int unreadable,
            int duplicates
        )
        {
            Reports = reports;
            Skipped = skipped;
            Texts = texts;
            Tables = tables;
            NotReports = notReports;
            Unreadable = unreadable;
            Duplicates = duplicates;
        }

        /// <summary>The complete reports, each once (the copy PEEL005 keeps), in path order.</summary>
        public IReadOnlyList<ParsedReport> Reports { get; }

        /// <summary>Every other text and why it is not among <see cref="Reports"/>.</summary>
        public IReadOnlyList<(string File, string Why)> Skipped { get; }

        public int Texts { get; }

        public int Tables { get; }

        public int NotReports { get; }

        public int Unreadable { get; }

        public int Duplicates { get; }

        public static ReadSummary Of(PeelFileSet files)
        {
            var reports = new List<ParsedReport>();
            var skipped = new List<(string, string)>();
            int notReports = 0,
                unreadable = 0,
                duplicates = 0;
            foreach (var file in files.Reports)
            {
                var duplicate = file.Diagnostics.FirstOrDefault(d => d.Id == PeelRuleIds.DuplicateReport);
                var error = file.Diagnostics.FirstOrDefault(d => d.Severity == PeelSeverity.Error);
                if (file.Kind != DocumentKind.Report)
                {
                    notReports++;
                    var page = file.Diagnostics.FirstOrDefault(d => d.Id == PeelRuleIds.NotAReport);
                    skipped.Add((file.File, page?.Message ?? DocumentKinds.Describe(file.Kind) + ", not a report"));
                }
                else if (duplicate != null)
                {
                    duplicates++;
                    skipped.Add((file.File, $"{duplicate.Id}: {duplicate.Message}"));
                }
                else if (!file.IsComplete)
                {
                    unreadable++;
                    skipped.Add((file.File, error is null ? "not a complete report" : $"{error.Id}: {error.Message}"));
                }
                else
                {
                    reports.Add(file);
                }
            }
            return new ReadSummary(reports, skipped, files.Reports.Count, files.Tables.Count, notReports, unreadable, duplicates);
        }

        /// <summary>"42 reports from 44 files; 2 not reports, 0 unreadable" (and duplicates and grades tables, where there are any).</summary>
        public string Total =>
            $"{Count(Reports.Count, "report")} from {Count(Texts, "file")}; {Number(NotReports)} "
            + $"not {(NotReports == 1 ? "a report" : "reports")}, {Number(Unreadable)} unreadable"
            + (Duplicates > 0 ? $", {Count(Duplicates, "duplicate")}" : string.Empty)
            + (Tables > 0 ? $"; {Count(Tables, "grades table")} read" : string.Empty);

        /// <summary>Writes a line per skipped text, then the total, to <paramref name="error"/>.</summary>
        public void Write(TextWriter error)
        {
            foreach (var (file, why) in Skipped)
            {
                error.WriteLine($"peel: skipped {file}: {why}");
            }

            error.WriteLine($"peel: {Total}");
        }

        private static string Count(int value, string noun) => $"{Number(value)} {noun}{(value == 1 ? string.Empty : "s")}";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
