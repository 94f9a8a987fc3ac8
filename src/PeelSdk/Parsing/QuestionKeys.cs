using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Derives a question's key, a short PascalCase identifier, from its text: the lead-in
    /// ("How effective is the force at", "To what extent does the force") is dropped and the words up to the
    /// first comma kept, e.g. <c>PreventingCrimeAndAntiSocialBehaviour</c>.
    /// </summary>
    internal static class QuestionKeys
    {
        public const string Headline = "Headline";

        private const int MaxWords = 7;

        private static readonly Regex LeadIn = new Regex(
            @"^(?:How\s+\w+\s+(?:is|does|has|are)\s+the\s+force(?:\s+(?:at|in))?|How\s+well\s+the\s+force|To\s+what\s+extent\s+(?:is|does|has)\s+the\"
                + @"s+force(?:\s+(?:at|in))?)\s+",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase
        );

        private static readonly HashSet<string> Articles = new HashSet<string> { "the", "a", "an" };

        private static readonly char[] PhraseEnd = { ',', ';', '?', ':', '(' };

        /// <summary>The key for <paramref name="question"/>, made unique against <paramref name="taken"/> (which it joins).</summary>
        public static string Derive(string question, int number, ISet<string> taken)
        {
            var leadIn = LeadIn.Match(question);
            var phrase = leadIn.Success ? question.Substring(leadIn.Length) : question;
            var stop = phrase.IndexOfAny(PhraseEnd);
            if (stop >= 0)
            {
                phrase = phrase.Substring(0, stop);
            }

            var fallback = "Question" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Identifiers.Unique(Identifiers.PascalCase(phrase, MaxWords, Articles, fallback), taken);
        }
    }
}
