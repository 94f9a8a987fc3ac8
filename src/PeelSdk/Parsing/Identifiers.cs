using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PeelSdk.Parsing
{
    /// <summary>Turns words into PascalCase identifiers of ASCII letters and digits (never a C# keyword, which are all lower case).</summary>
    internal static class Identifiers
    {
        /// <summary>
        /// The first <paramref name="maxWords"/> words of <paramref name="text"/> (skipping <paramref name="skip"/>, lower-case),
        /// each with a capital; <paramref name="fallback"/> when none is left; prefixed by <paramref name="fallback"/> when it would start with a digit.
        /// </summary>
        public static string PascalCase(string text, int maxWords, ICollection<string> skip, string fallback)
        {
            var name = new StringBuilder();
            var words = 0;
            for (var i = 0; i < text.Length; )
            {
                if (!IsAsciiLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < text.Length && IsAsciiLetterOrDigit(text[i]))
                {
                    i++;
                }

                var word = text.Substring(start, i - start);
                if (skip.Contains(word.ToLowerInvariant()))
                {
                    continue;
                }

                if (++words > maxWords)
                {
                    break;
                }

                name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
            if (name.Length == 0)
            {
                return fallback;
            }

            return char.IsDigit(name[0]) ? fallback + name : name.ToString();
        }

        // A word is a run of these (a scan, not a regular expression: a regex's first match in a process costs milliseconds).
        private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        /// <summary>True for a key as this class makes them: ASCII letters and digits, starting with a letter.</summary>
        public static bool IsKey(string text) => text.Length > 0 && char.IsLetter(text[0]) && text.All(c => c < 128 && char.IsLetterOrDigit(c));

        /// <summary><paramref name="name"/>, or the same with the smallest number from 2 up that is not yet in <paramref name="taken"/>; the result
        /// joins <paramref name="taken"/>.</summary>
        public static string Unique(string name, ISet<string> taken)
        {
            var unique = name;
            for (var suffix = 2; !taken.Add(unique); suffix++)
            {
                unique = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return unique;
        }
    }
}
