using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using PeelSdk.Parsing;

namespace PeelSdk
{
    /// <summary>Reads report files from disk at run time (for reports not known at compile time).</summary>
    public static class PeelFiles
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The report files named by <paramref name="paths"/>: files as given, and every <c>*.txt</c> below a folder, in ordinal path order.</summary>
        /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
        public static IReadOnlyList<string> Find(IEnumerable<string> paths)
        {
            var files = new List<string>();
            foreach (var path in paths)
            {
                if (File.Exists(path)) files.Add(path);
                else if (Directory.Exists(path)) files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories));
                else throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
            return files.Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToList();
        }

        /// <summary>Reads and parses one report file. Text that is not UTF-8 (or UTF-16 with a byte order mark) is reported as PEEL011, not thrown.</summary>
        public static ParsedReport Parse(string path, CancellationToken cancellationToken = default) =>
            Parse(File.ReadAllBytes(path), path, cancellationToken);

        /// <summary>Decodes and parses report bytes.</summary>
        public static ParsedReport Parse(byte[] bytes, string file, CancellationToken cancellationToken = default)
        {
            string text;
            try
            {
                text = Decode(bytes);
            }
            catch (DecoderFallbackException invalid)
            {
                var valid = StrictUtf8.GetString(bytes, 0, Math.Max(0, Math.Min(invalid.Index, bytes.Length)));
                var lines = SourceLine.Split(valid);
                var line = lines.Count == 0 ? new SourceLine(1, 0, string.Empty) : lines[lines.Count - 1];
                var at = valid.EndsWith("\n", StringComparison.Ordinal) || valid.EndsWith("\r", StringComparison.Ordinal)
                    ? new TextLocation(valid.Length, 0, line.Number + 1, 1, line.Number + 1, 1)
                    : TextLocations.InLine(line, valid.Length - line.Start, 0);
                return ParsedReport.NotText(file, at, $"is not UTF-8 text (invalid byte at offset {invalid.Index}): save the page as UTF-8");
            }
            return PeelParser.Parse(text, file, cancellationToken);
        }

        private static string Decode(byte[] bytes)
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return new UnicodeEncoding(false, true, true).GetString(bytes, 2, bytes.Length - 2);
            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return new UnicodeEncoding(true, true, true).GetString(bytes, 2, bytes.Length - 2);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
    }
}
