using System.Text.RegularExpressions;

namespace PeelSdk.Parsing
{
    /// <summary>Finds a force's full name ("Cheshire Constabulary", "Metropolitan Police Service") in a report text.</summary>
    internal static class ForceNames
    {
        /// <summary>The first "&lt;short name&gt; Constabulary|Police Service|Police" in <paramref name="text"/>, as written.</summary>
        public static string? FindFullName(string text, string shortName)
        {
            var pattern = @"\b" + Regex.Escape(shortName).Replace(@"\ ", @"\s+") + @"\s+(?:Police\s+Service|Constabulary|Police)\b";
            var match = Regex.Match(text, pattern, RegexOptions.CultureInvariant);
            return match.Success ? Regex.Replace(match.Value, @"\s+", " ") : null;
        }
    }
}
