using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace PeelSdk.Generators.Tests
{
    /// <summary>
    /// Approved-file snapshots (Verify is not available here): the text must equal <c>Snapshots/NAME.verified.cs</c>
    /// byte for byte. On a mismatch the test writes <c>NAME.received.cs</c> beside it and fails with a line diff.
    /// To approve a change on purpose, run the tests with <c>PEEL_ACCEPT_SNAPSHOTS=1</c> and review the diff in git.
    /// A report's data literal is shown one token per line (<see cref="Readable"/>), so a diff names the finding that changed.
    /// </summary>
    internal static class Snapshot
    {
        public const string AcceptVariable = "PEEL_ACCEPT_SNAPSHOTS";

        public static void Match(string name, string generated, [CallerFilePath] string caller = "")
        {
            var actual = Readable(generated);
            var folder = Path.Combine(Path.GetDirectoryName(caller)!, "Snapshots");
            var verified = Path.Combine(folder, name + ".verified.cs");
            var received = Path.Combine(folder, name + ".received.cs");
            Directory.CreateDirectory(folder);

            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                File.WriteAllText(verified, actual, new UTF8Encoding(false));
                File.Delete(received);
                return;
            }
            var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
            if (expected == actual)
            {
                File.Delete(received);
                return;
            }

            File.WriteAllText(received, actual, new UTF8Encoding(false));
            var message = expected is null
                ? $"No approved snapshot {verified}. Review {received}, then approve it with {AcceptVariable}=1."
                : $"Snapshot {name} differs from {verified} (- approved, + received; {received} written). Approve on purpose "
                    + $"with {AcceptVariable}=1.\n{Diff(expected, actual)}";
            Assert.Fail(message);
        }

        /// <summary>
        /// <paramref name="source"/> with each report data literal split after every token separator into a concatenation,
        /// one token a line: the same string, so nothing is hidden, and the split is undone by joining, so nothing is lost.
        /// </summary>
        public static string Readable(string source) => DataLiteral.Replace(source, match =>
            {
                var indent = match.Groups["indent"].Value + "    ";
                var tokens = match.Groups["data"].Value.Split('|');
                var pieces = tokens.Select((token, i) => "\"" + token + (i < tokens.Length - 1 ? "|" : string.Empty) + "\"" + match.Groups["u8"].Value);
                return match.Groups["indent"].Value
                    + match.Groups["head"].Value
                    + "\n"
                    + indent
                    + string.Join("\n" + indent + "+ ", pieces)
                    + match.Groups["tail"].Value;
            });

        private static readonly Regex DataLiteral = new Regex(
            @"^(?<indent>[ ]*)(?<head>[^\n""/]*\.Once(?:Utf8)?\(ref s_reports\[[0-9]+\], )" + @"""(?<data>[^""\n]*)""(?<u8>u8)?(?<tail>(?:\.ToArray\(\))?\)+;)",
            RegexOptions.Multiline | RegexOptions.CultureInvariant
        );

        private static string Diff(string expected, string actual)
        {
            var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
            var lines = diff
                .Lines.Select((line, index) => (line, index))
                .Where(x => x.line.Type is ChangeType.Inserted or ChangeType.Deleted)
                .Take(40)
                .Select(x => $"{(x.line.Type == ChangeType.Inserted ? "+" : "-")}{x.line.Position, 5}: {x.line.Text}");
            return string.Join("\n", lines);
        }
    }
}
