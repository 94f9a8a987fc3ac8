using System;

namespace PeelSdk.Parsing
{
    /// <summary>Grade words as reports write them.</summary>
    internal static class Grades
    {
        public static bool TryParse(string words, out Grade grade)
        {
            switch (string.Join(" ", words.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            {
                case "outstanding":
                    grade = Grade.Outstanding;
                    return true;
                case "good":
                    grade = Grade.Good;
                    return true;
                case "adequate":
                    grade = Grade.Adequate;
                    return true;
                case "requires improvement":
                    grade = Grade.RequiresImprovement;
                    return true;
                case "inadequate":
                    grade = Grade.Inadequate;
                    return true;
                default:
                    grade = default;
                    return false;
            }
        }

        /// <summary>The grade as a report writes it, e.g. "requires improvement".</summary>
        public static string ToWords(Grade grade) => grade == Grade.RequiresImprovement ? "requires improvement" : grade.ToString().ToLowerInvariant();
    }
}
