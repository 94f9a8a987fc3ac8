using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PeelSdk.Tests
{
    /// <summary>Report texts for tests: the seed from the repository, and fixtures built in code.</summary>
    internal static class Reports
    {
        public static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

        public static string LayoutsFolder => Path.Combine(RepositoryRoot(), "tests", "Fixtures", "layouts");

        public static string SavedFolder => Path.Combine(RepositoryRoot(), "tests", "Fixtures", "folder");

        public static string SeedPath => Path.Combine(RepositoryRoot(), "seeds", "cheshire-2015-effectiveness.peel.txt");

        /// <summary>Joins lines with '\n' and no final newline; tests vary line ends and BOMs from this.</summary>
        public static string Lines(params string[] lines) => string.Join("\n", lines);

        public static ParsedReport Parse(string text, string file = "fixture.peel.txt") => PeelParser.Parse(text, file);

        /// <summary>The text a diagnostic's offset and length point at.</summary>
        public static string TextAt(string text, PeelDiagnostic diagnostic) => text.Substring(diagnostic.Location.Start, diagnostic.Location.Length);

        /// <summary>A minimal well-formed report around <paramref name="body"/> (lines after the headline).</summary>
        public static string Report(params string[] body) =>
            Lines(
                new[] { "Suffolk PEEL 2016", "Effectiveness", "How effective is the force at keeping people safe and reducing crime?" }.Concat(body).ToArray()
            );

        public static string[] Ids(ParsedReport report) => report.Diagnostics.Select(d => d.Id).ToArray();
    }
}
