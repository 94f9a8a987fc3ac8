using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace PeelSdk.Testing
{
    /// <summary>One fuzz input: its bytes as a file would hold them, and how it was made (printed with a failure, with its seed).</summary>
    internal sealed record FuzzInput(int Index, int Seed, byte[] Bytes, string Recipe)
    {
        public override string ToString() => $"fuzz input {Index} (seed {Seed}): {Recipe}";
    }

    /// <summary>
    /// Deterministic fuzz inputs: real report texts (the seed, every layout and diagnostic fixture) and random line-shape texts,
    /// each put through one to three mutations (line swaps, duplicated blocks, truncation anywhere, hostile tokens, a 200 KB line,
    /// mixed line ends, a byte order mark) and written as UTF-8, or sometimes as UTF-16 or Windows-1252 bytes. Input i of a run
    /// with seed s is made from seed s * 100003 + i alone, so a failure's seed reproduces it without the rest.
    /// </summary>
    internal static class FuzzInputs
    {
        private static readonly string[] HostileTokens =
        {
            "*/",
            "/*",
            "\"",
            "\\",
            "{",
            "}",
            "</summary>",
            "<summary>",
            "#error",
            "#nullable disable",
            "\u2028",
            "\u2029",
            "\u0085",
            "\0",
            "\uD800",
            "\uDC00",
            "\u200F",
            "\u202E",
            "\u200B",
            "\uFEFF",
            "\"\"\"",
            "u8",
            "$\"{",
            "@\"",
            "|",
            "~",
            "~0022",
        };

        private static readonly Encoding Windows1252Like = Encoding.Latin1;

        public static IEnumerable<FuzzInput> Generate(int count, int seed)
        {
            var corpus = Corpus();
            for (var i = 0; i < count; i++)
            {
                var inputSeed = unchecked(seed * 100003 + i);
                yield return Make(i, inputSeed, corpus);
            }
        }

        public static FuzzInput Make(int index, int inputSeed, IReadOnlyList<string> corpus)
        {
            var random = new Random(inputSeed);
            var recipe = new List<string>();
            string text;
            if (random.Next(3) == 0)
            {
                text = RandomReports.Generate(1, random.Next()).Single();
                recipe.Add("random shapes");
            }
            else
            {
                var source = random.Next(corpus.Count);
                text = corpus[source];
                recipe.Add($"corpus #{source}");
            }
            var mutations = random.Next(1, 4);
            for (var m = 0; m < mutations; m++)
            {
                text = Mutate(text, random, recipe);
            }

            byte[] bytes;
            switch (random.Next(20))
            {
                case 0:
                    bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
                    recipe.Add("UTF-16 with BOM");
                    break;
                case 1:
                    bytes = Windows1252Like.GetBytes(text);
                    recipe.Add("single-byte (Windows-1252-like) bytes");
                    break;
                default:
                    bytes = new UTF8Encoding(false).GetBytes(text);
                    break;
            }
            return new FuzzInput(index, inputSeed, bytes, string.Join(", ", recipe));
        }

        private static string Mutate(string text, Random random, List<string> recipe)
        {
            var lines = text.Split('\n').ToList();
            switch (random.Next(9))
            {
                case 0 when lines.Count > 1:
                    var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    recipe.Add($"swap lines {a + 1} and {b + 1}");
                    return string.Join("\n", lines);
                case 1 when lines.Count > 1:
                    var start = random.Next(lines.Count);
                    var length = random.Next(1, Math.Min(8, lines.Count - start) + 1);
                    lines.InsertRange(random.Next(lines.Count + 1), lines.GetRange(start, length));
                    recipe.Add($"duplicate {length} line(s) from {start + 1}");
                    return string.Join("\n", lines);
                case 2:
                    var cut = random.Next(text.Length + 1);
                    recipe.Add($"truncate at {cut}");
                    return text.Substring(0, cut);
                case 3:
                case 4:
                    var token = HostileTokens[random.Next(HostileTokens.Length)];
                    var at = random.Next(text.Length + 1);
                    recipe.Add($"insert U+{string.Join("+", token.Select(c => ((int)c).ToString("X4")))} at {at}");
                    return text.Insert(at, token);
                case 5 when random.Next(10) == 0:
                    var line = random.Next(lines.Count);
                    lines[line] += " " + new string('x', 200 * 1024);
                    recipe.Add($"200 KB on line {line + 1}");
                    return string.Join("\n", lines);
                case 6:
                    recipe.Add("mixed line ends");
                    var ends = new[] { "\n", "\r\n", "\r" };
                    return string.Concat(lines.Select((l, i) => i == 0 ? l : ends[random.Next(3)] + l));
                case 7:
                    recipe.Add("byte order mark");
                    return "\uFEFF" + text;
                default:
                    var removed = random.Next(lines.Count);
                    lines.RemoveAt(removed);
                    recipe.Add($"drop line {removed + 1}");
                    return string.Join("\n", lines);
            }
        }

        /// <summary>The real texts mutations start from: the seed and every fixture report.</summary>
        public static IReadOnlyList<string> Corpus([CallerFilePath] string thisFile = "")
        {
            var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
            return new[]
            {
                Path.Combine(root, "seeds"),
                Path.Combine(root, "tests", "Fixtures", "layouts"),
                Path.Combine(root, "tests", "Fixtures", "diagnostics"),
            }
                .SelectMany(folder => Directory.GetFiles(folder, "*.peel.txt"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(File.ReadAllText)
                .ToList();
        }
    }
}
