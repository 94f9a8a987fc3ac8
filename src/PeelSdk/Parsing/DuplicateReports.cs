using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PeelSdk.Parsing
{
    /// <summary>What a report holds, to decide which of two copies of one report is kept: graded questions, then questions, then findings.</summary>
    internal readonly record struct ReportContent(int Graded, int Questions, int Findings) : IComparable<ReportContent>
    {
        public static ReportContent Of(ParsedReport report) =>
            new ReportContent(
                report.Questions.Count(q => q.Grade != null) + (report.Headline?.Grade != null ? 1 : 0),
                report.Questions.Count,
                report.Questions.Sum(q => q.Findings.Count)
                    + (report.Headline?.Findings.Count ?? 0)
                    + report.AreasForImprovement.Count
                    + report.CausesOfConcern.Count
                    + report.Recommendations.Count
            );

        public int CompareTo(ReportContent other) =>
            Graded != other.Graded ? Graded.CompareTo(other.Graded)
            : Questions != other.Questions ? Questions.CompareTo(other.Questions)
            : Findings.CompareTo(other.Findings);

        /// <summary>Why a report holding this is kept over <paramref name="other"/>, in words.</summary>
        public string WhyKeptOver(ReportContent other) =>
            Graded != other.Graded ? $"it holds more graded questions ({Count(Graded)} against {Count(other.Graded)})"
            : Questions != other.Questions ? $"it holds more questions ({Count(Questions)} against {Count(other.Questions)})"
            : Findings != other.Findings ? $"it holds more findings ({Count(Findings)} against {Count(other.Findings)})"
            : "both hold as much and it comes first in path order";

        private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// PEEL005, shared by the generator and <c>peel</c> so both report the same pairs: among reports with the same force, year
    /// and pillar, the one that holds most is kept (<see cref="ReportContent"/>; the first in ordinal path order of equals), and
    /// each other is the duplicate. Only reports take part: a news release or landing page about the report never does.
    /// </summary>
    internal static class DuplicateReports
    {
        /// <summary>Each repeat paired with the report kept; <paramref name="identity"/> is null for files that are not complete reports.</summary>
        public static List<(T Repeat, T Kept)> Find<T>(
            IEnumerable<T> files,
            Func<T, string> path,
            Func<T, (string Slug, int Year, Pillar Pillar)?> identity,
            Func<T, ReportContent> content
        )
        {
            var repeats = new List<(T, T)>();
            var complete = files.Select(f => (File: f, Key: identity(f))).Where(f => f.Key != null);
            foreach (var same in complete.GroupBy(f => f.Key!.Value))
            {
                // Nearly every report is alone under its key: nothing to order.
                if (same.Count() == 1)
                {
                    continue;
                }

                var ordered = same.Select(f => f.File).OrderByDescending(content).ThenBy(path, StringComparer.Ordinal).ToList();
                for (var i = 1; i < ordered.Count; i++)
                {
                    repeats.Add((ordered[i], ordered[0]));
                }
            }
            return repeats.OrderBy(r => path(r.Item1), StringComparer.Ordinal).ToList();
        }

        public static PeelDiagnostic Diagnostic(
            string file,
            Force force,
            int year,
            Pillar pillar,
            TextLocation? header,
            string keptFile,
            ReportContent repeat,
            ReportContent kept
        ) =>
            new PeelDiagnostic(
                PeelRules.DuplicateReport,
                file,
                header ?? TextLocations.StartOfText,
                new[] { $"{force.Name} PEEL {PeelCycles.NameOf(year)} {pillar}", keptFile, kept.WhyKeptOver(repeat) }
            );
    }
}
