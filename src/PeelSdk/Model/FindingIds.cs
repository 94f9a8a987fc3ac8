using System;
using PeelSdk.Data;

namespace PeelSdk
{
    /// <summary>
    /// The one format of finding ids (<c>cheshire-2015-effectiveness/q2/f6</c>): the parser gives them, the data format
    /// leaves out every id it can rebuild, and the decoder rebuilds them, all from here.
    /// </summary>
    internal static class FindingIds
    {
        /// <summary>The report-level lists, in the order the data format writes them.</summary>
        public const int AreasForImprovement = 0;
        public const int CausesOfConcern = 1;
        public const int Recommendations = 2;
        public const int Notes = 3;
        public const int Preamble = 4;
        public const int ListCount = 5;

        private static readonly string[] ListParts = { "/afi/", "/coc/", "/rec/", "/note/", "/preamble/" };

        /// <summary>What every id of a report starts with: <c>cheshire-2015-effectiveness</c>, or <c>report</c> without force or year.</summary>
        public static string Report(Force? force, int? year, Pillar? pillar) =>
            force is null || year is null
                ? "report"
                : force.Slug + "-" + ReportData.Digits(year.Value) + "-" + (pillar is Pillar named ? PillarNames.Of(named).ToLowerInvariant() : "report");

        /// <summary>What a question's finding ids start with, before their 1-based position (the headline is question 0).</summary>
        public static string OfQuestion(string report, int number) => number == 0 ? report + "/headline/f" : report + "/q" + ReportData.Digits(number) + "/f";

        /// <summary>What the ids of report-level list <paramref name="list"/> (<see cref="AreasForImprovement"/> …) start with.</summary>
        public static string OfList(string report, int list) => report + ListParts[list];

        /// <summary>The id of the finding at <paramref name="index"/> of a list whose ids start with <paramref name="prefix"/>.</summary>
        public static string At(string prefix, int index) => prefix + ReportData.Digits(index + 1);

        /// <summary>True if <paramref name="id"/> is <see cref="At"/> of the same arguments, without building it (the encoder asks for every
        /// finding).</summary>
        public static bool IsAt(string id, string prefix, int index)
        {
            var at = prefix.Length;
            if (id.Length <= at || id.Length > at + 10 || id[at] == '0' || !id.StartsWith(prefix, StringComparison.Ordinal))
            {
                return false;
            }

            long value = 0;
            for (var i = at; i < id.Length; i++)
            {
                if (id[i] < '0' || id[i] > '9')
                {
                    return false;
                }

                value = (value * 10) + (id[i] - '0');
            }
            return value == index + 1L;
        }
    }
}
