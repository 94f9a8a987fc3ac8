using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Derives a question's key, a short PascalCase identifier, from its text: the lead-in
    /// ("How effective is the force at", "To what extent does the force") is dropped and the words up to the
    /// first comma kept, e.g. <c>PreventingCrimeAndAntiSocialBehaviour</c>. Keys are ASCII letters and digits
    /// starting with a capital, so they are always valid C# identifiers and never keywords.
    /// </summary>
    internal static class QuestionKeys
    {
        public const string Headline = "Headline";

        private const int MaxWords = 7;

        private static readonly Regex LeadIn = new Regex(
            @"^(?:How\s+\w+\s+(?:is|does|has|are)\s+the\s+force(?:\s+(?:at|in))?|How\s+well\s+the\s+force|To\s+what\s+extent\s+(?:is|does|has)\s+the\s+force(?:\s+(?:at|in))?)\s+",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex Word = new Regex(@"[A-Za-z0-9]+", RegexOptions.CultureInvariant);

        private static readonly HashSet<string> Articles = new HashSet<string> { "the", "a", "an" };

        /// <summary>The key for <paramref name="question"/>, made unique against <paramref name="taken"/> (which it joins).</summary>
        public static string Derive(string question, int number, HashSet<string> taken)
        {
            var phrase = LeadIn.Replace(question, string.Empty);
            var stop = phrase.IndexOfAny(new[] { ',', ';', '?', ':', '(' });
            if (stop >= 0) phrase = phrase.Substring(0, stop);
            var key = new StringBuilder();
            var words = 0;
            foreach (Match word in Word.Matches(phrase))
            {
                if (Articles.Contains(word.Value.ToLowerInvariant())) continue;
                if (++words > MaxWords) break;
                key.Append(char.ToUpperInvariant(word.Value[0])).Append(word.Value, 1, word.Value.Length - 1);
            }
            var name = key.Length == 0 ? "Question" + number : char.IsDigit(key[0]) ? "Question" + key : key.ToString();
            var unique = name;
            for (var suffix = 2; !taken.Add(unique); suffix++) unique = name + suffix;
            return unique;
        }
    }
}
