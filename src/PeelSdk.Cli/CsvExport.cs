using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PeelSdk.Cli
{
    /// <summary>
    /// Writes <c>peel export --format csv</c>: one row per graded unit (each report's headline, then each question or area),
    /// RFC 4180 (fields with a comma, quote or line break are quoted, quotes doubled, rows end with CRLF), UTF-8.
    /// </summary>
    public static class CsvExport
    {
        /// <summary>The header row: the columns, a contract.</summary>
        public static readonly IReadOnlyList<string> Columns = new[]
        {
            "file",
            "force",
            "forceName",
            "year",
            "cycle",
            "pillar",
            "number",
            "key",
            "question",
            "grade",
            "gradeSource",
            "line",
        };

        /// <summary>Writes the header and a row per graded unit of <paramref name="reports"/>, in their order.</summary>
        public static void Write(IEnumerable<ParsedReport> reports, TextWriter output)
        {
            WriteRow(output, Columns);
            foreach (var report in reports)
            {
                var units = report.Headline is null ? report.Questions : new[] { report.Headline }.Concat(report.Questions);
                foreach (var question in units)
                {
                    WriteRow(
                        output,
                        new[]
                        {
                            report.File,
                            report.Force?.Name ?? string.Empty,
                            report.Force?.FullName ?? string.Empty,
                            Number(report.Year),
                            report.Cycle ?? string.Empty,
                            report.Pillar?.ToString() ?? string.Empty,
                            Number(question.Number),
                            question.Key,
                            question.Text,
                            question.Grade?.ToString() ?? string.Empty,
                            question.GradeSource?.Origin.ToString() ?? string.Empty,
                            Number(question.Source.Line),
                        }
                    );
                }
            }
        }

        /// <summary>One field as RFC 4180 writes it: quoted, with quotes doubled, where it holds a comma, a quote or a line break.</summary>
        public static string Field(string value) => value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

        private static void WriteRow(TextWriter output, IEnumerable<string> fields)
        {
            var row = new StringBuilder();
            foreach (var field in fields)
            {
                if (row.Length > 0)
                {
                    row.Append(',');
                }

                row.Append(Field(field));
            }
            output.Write(row.Append("\r\n").ToString());
        }

        private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
