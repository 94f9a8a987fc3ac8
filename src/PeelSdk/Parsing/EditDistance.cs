using System;
using System.Collections.Generic;

namespace PeelSdk.Parsing
{
    /// <summary>Levenshtein distance, for "did you mean" suggestions.</summary>
    internal static class EditDistance
    {
        /// <summary>The candidate nearest to <paramref name="word"/>, ignoring case, if it is within three edits; else <see langword="null"/>.</summary>
        public static string? Nearest(string word, IEnumerable<string> candidates)
        {
            string? best = null;
            var bestDistance = 4;
            foreach (var candidate in candidates)
            {
                var distance = Between(word.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        }

        public static int Between(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                }
                var swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.Length];
        }
    }
}
