using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PeelSdk.Generators.Naming
{
    /// <summary>
    /// Gives every report file a hint name from its path: the file name, plus as many parent folders as it takes
    /// to tell it apart from the others (two folders may both hold <c>report.peel.txt</c>).
    /// </summary>
    internal static class HintNames
    {
        public const string Prefix = "PeelReports.";
        public const string Suffix = ".g.cs";

        public static Dictionary<string, string> Assign(IReadOnlyList<string> paths)
        {
            var segments = paths.ToDictionary(p => p, p => p.Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
            var depth = paths.ToDictionary(p => p, _ => 1, StringComparer.Ordinal);
            while (true)
            {
                var clashes = paths
                    .GroupBy(p => Candidate(segments[p], depth[p]), StringComparer.OrdinalIgnoreCase)
                    .Where(g => g.Count() > 1)
                    .SelectMany(g => g)
                    .Where(p => depth[p] < segments[p].Length)
                    .ToList();
                if (clashes.Count == 0) break;
                foreach (var path in clashes) depth[path]++;
            }

            // Paths that still clash (they differ only in characters a hint name cannot hold) get a counter.
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var name = Candidate(segments[path], depth[path]);
                var unique = name;
                for (var n = 2; !taken.Add(unique); n++) unique = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                names[path] = Prefix + unique + Suffix;
            }
            return names;
        }

        private static string Candidate(string[] segments, int depth)
        {
            var parts = segments.Skip(Math.Max(0, segments.Length - depth)).ToArray();
            if (parts.Length == 0) return "report";
            var last = parts[parts.Length - 1];
            if (last.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) parts[parts.Length - 1] = last.Substring(0, last.Length - 4);
            var name = new StringBuilder();
            foreach (var c in string.Join(".", parts))
            {
                name.Append(c < 128 && (char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? c : '_');
            }
            return name.ToString().Trim('.');
        }
    }
}
