using System;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// PEEL005, shared by the generator and <c>peel</c> so both report the same pairs: among files taken in ordinal
    /// path order, a report with the same force, year and pillar as an earlier one is the duplicate.
    /// </summary>
    internal static class DuplicateReports
    {
        /// <summary>Each later file paired with the first file of the same report; <paramref name="identity"/> is null for files that are not complete reports.</summary>
        public static List<(T Repeat, T First)> Find<T>(IEnumerable<T> files, Func<T, string> path, Func<T, (string Slug, int Year, Pillar Pillar)?> identity)
        {
            var firsts = new Dictionary<(string, int, Pillar), T>();
            var repeats = new List<(T, T)>();
            foreach (var file in files.OrderBy(path, StringComparer.Ordinal))
            {
                if (identity(file) is not { } key) continue;
                if (firsts.TryGetValue(key, out var first)) repeats.Add((file, first));
                else firsts.Add(key, file);
            }
            return repeats;
        }

        public static PeelDiagnostic Diagnostic(string file, Force force, int year, Pillar pillar, TextLocation? header, string firstFile) =>
            new PeelDiagnostic(PeelRules.DuplicateReport, file, header ?? TextLocations.StartOfText, new[] { $"{force.Name} PEEL {year} {pillar}", firstFile });
    }
}
