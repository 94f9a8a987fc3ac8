using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PeelSdk.Parsing
{
    /// <summary>Turns words into PascalCase identifiers of ASCII letters and digits (never a C# keyword, which are all lower case).</summary>
    internal static class Identifiers
    {
        private static readonly Regex Word = new Regex(@"[A-Za-z0-9]+", RegexOptions.CultureInvariant);

        /// <summary>
        /// The first <paramref name="maxWords"/> words of <paramref name="text"/> (skipping <paramref name="skip"/>, lower-case),
        /// each with a capital; <paramref name="fallback"/> when none is left; prefixed by <paramref name="fallback"/> when it would start with a digit.
        /// </summary>
        public static string PascalCase(string text, int maxWords, ICollection<string> skip, string fallback)
        {
            var name = new StringBuilder();
            var words = 0;
            foreach (Match word in Word.Matches(text))
            {
                if (skip.Contains(word.Value.ToLowerInvariant())) continue;
                if (++words > maxWords) break;
                name.Append(char.ToUpperInvariant(word.Value[0])).Append(word.Value, 1, word.Value.Length - 1);
            }
            if (name.Length == 0) return fallback;
            return char.IsDigit(name[0]) ? fallback + name : name.ToString();
        }

        /// <summary>True for a key as this class makes them: ASCII letters and digits, starting with a letter.</summary>
        public static bool IsKey(string text) => text.Length > 0 && char.IsLetter(text[0]) && text.All(c => c < 128 && char.IsLetterOrDigit(c));

        /// <summary><paramref name="name"/>, or the same with the smallest number from 2 up that is not yet in <paramref name="taken"/>; the result joins <paramref name="taken"/>.</summary>
        public static string Unique(string name, ISet<string> taken)
        {
            var unique = name;
            for (var suffix = 2; !taken.Add(unique); suffix++) unique = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return unique;
        }
    }
}
