using System;
using System.Collections.Generic;

namespace PeelSdk
{
    /// <summary>
    /// How grades are written, each form once: as a report writes them ("requires improvement"), as a label ("Requires
    /// improvement") and short ("RI"), for the parser, <c>peel</c>, the grade map and your own output alike.
    /// </summary>
    public static class GradeWords
    {
        /// <summary>The grade words as reports write them, as a regular expression alternation (for the parser's patterns).</summary>
        internal const string Pattern = @"outstanding|good|adequate|requires\s+improvement|inadequate";

        // In enum order; spelled out, as enum names by reflection cost every report measurably.
        private static readonly (string InText, string Label, string Short)[] Words =
        {
            ("outstanding", "Outstanding", "Out"),
            ("good", "Good", "Good"),
            ("adequate", "Adequate", "Adeq"),
            ("requires improvement", "Requires improvement", "RI"),
            ("inadequate", "Inadequate", "Inad"),
        };

        /// <summary>Every grade, best first: the order tables sort by.</summary>
        public static IReadOnlyList<Grade> BestFirst { get; } =
            new[] { Grade.Outstanding, Grade.Good, Grade.Adequate, Grade.RequiresImprovement, Grade.Inadequate };

        /// <summary>The grade as a report writes it: "outstanding", "requires improvement".</summary>
        public static string InText(Grade grade) => Words[(int)grade].InText;

        /// <summary>The grade as a label: "Outstanding", "Requires improvement".</summary>
        public static string Label(Grade grade) => Words[(int)grade].Label;

        /// <summary>The grade in a narrow column: "Out", "Good", "Adeq", "RI", "Inad".</summary>
        public static string Short(Grade grade) => Words[(int)grade].Short;

        /// <summary>Reads a grade as a report writes it, ignoring case and runs of spaces ("Requires  improvement").</summary>
        public static bool TryParse(string words, out Grade grade)
        {
            var normalized = string.Join(" ", words.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            foreach (var candidate in BestFirst)
            {
                if (string.Equals(normalized, InText(candidate), StringComparison.OrdinalIgnoreCase))
                {
                    grade = candidate;
                    return true;
                }
            }
            grade = default;
            return false;
        }
    }
}
