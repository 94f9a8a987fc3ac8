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
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        /// <summary>
        /// The report and grades-table files named by <paramref name="paths"/>: files as given, and every <c>*.txt</c> and
        /// <c>*.peel-grades.csv</c> below a folder, in ordinal path order. Symbolic links are followed, but each real folder is
        /// entered once and each real file listed once (under the first of its paths in ordinal order), so a link back to a
        /// parent cannot loop; a broken link below a folder is skipped.
        /// </summary>
        /// <exception cref="FileNotFoundException">A path is neither a file nor a folder (or is a broken link).</exception>
        public static IReadOnlyList<string> Find(IEnumerable<string> paths) => Find(paths, null);

        /// <summary>As <see cref="Find(IEnumerable{string})"/>, telling <paramref name="warning"/> of each link or folder skipped and why.</summary>
        public static IReadOnlyList<string> Find(IEnumerable<string> paths, Action<string>? warning) => FolderWalk.Find(paths, PeelFileKinds.IsRead, warning);

        /// <summary>
        /// Reads and parses every file, in ordinal path order: each text is recognised as a report or another page
        /// (<see cref="ParsedReport.Kind"/>); the grades tables and the news releases among the files grade the reports they
        /// name; a report repeated by a copy that holds more gets PEEL005 (what the generator reports for the same set of files).
        /// </summary>
        public static PeelFileSet ParseAll(IEnumerable<string> files, PeelParseOptions options, CancellationToken cancellationToken = default) =>
            ParseAll(files, options, null, cancellationToken);

        /// <summary>As <see cref="ParseAll(IEnumerable{string}, PeelParseOptions, CancellationToken)"/>, reporting the reports parsed so far and
        /// their total to <paramref name="progress"/>.</summary>
        public static PeelFileSet ParseAll(
            IEnumerable<string> files,
            PeelParseOptions options,
            IProgress<(int Done, int Total)>? progress,
            CancellationToken cancellationToken = default
        )
        {
            var ordered = files.OrderBy(f => f, StringComparer.Ordinal).ToList();
            var tables = ordered.Where(IsGradeTable).Select(f => GradeTables.Parse(Decode(File.ReadAllBytes(f)), f)).ToList();
            var texts = ordered.Where(f => !IsGradeTable(f)).ToList();
            var read = new List<ParsedReport>(texts.Count);
            foreach (var file in texts)
            {
                read.Add(PeelParser.Read(Decode(File.ReadAllBytes(file)), file, options, cancellationToken));
                progress?.Report((read.Count, texts.Count));
            }
            // News releases grade the reports they are about, as grades tables do.
            var official = tables.Concat(read.Select(r => r.OfficialGrades).Where(g => g != null).Select(g => g!)).ToList();
            var parsed = read.Select(r => GradePrecedence.Complete(r, official)).ToList();
            var repeats = DuplicateReports.Find(
                parsed,
                r => r.File,
                r => r.IsComplete ? (r.Force!.Slug, r.Year!.Value, r.Pillar!.Value) : null,
                ReportContent.Of
            );
            foreach (var (repeat, kept) in repeats)
            {
                var duplicate = DuplicateReports.Diagnostic(
                    repeat.File,
                    repeat.Force!,
                    repeat.Year!.Value,
                    repeat.Pillar!.Value,
                    repeat.HeaderLocation,
                    kept.File,
                    ReportContent.Of(repeat),
                    ReportContent.Of(kept)
                );
                parsed[parsed.IndexOf(repeat)] = repeat.WithDiagnostics(new[] { duplicate });
            }
            return new PeelFileSet(parsed, tables);
        }

        /// <summary>True for a grades table: a file named <c>*.peel-grades.csv</c>.</summary>
        public static bool IsGradeTable(string path) => PeelFileKinds.IsGradeTable(path);

        /// <summary>Reads and parses one report file. Text that is not UTF-8 (or UTF-16 with a byte order mark) is reported as PEEL011, not thrown.</summary>
        public static ParsedReport Parse(string path, PeelParseOptions? options = null, CancellationToken cancellationToken = default) =>
            Parse(File.ReadAllBytes(path), path, options, cancellationToken);

        /// <summary>Decodes and parses report bytes (UTF-8, or UTF-16 with a byte order mark), as the compiler decodes AdditionalFiles.</summary>
        public static ParsedReport Parse(byte[] bytes, string file, PeelParseOptions? options = null, CancellationToken cancellationToken = default) =>
            PeelParser.Parse(Decode(bytes), file, options ?? PeelParseOptions.Default, cancellationToken);

        // Bytes that do not decode become U+FFFD, which the parser reports as PEEL011 at that position.
        internal static string Decode(byte[] bytes)
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
            }

            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return Utf8.GetString(bytes, bom, bytes.Length - bom);
        }
    }
}
