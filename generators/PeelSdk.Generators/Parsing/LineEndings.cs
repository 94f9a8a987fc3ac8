using System.Collections.Generic;
using System.Text;

namespace PeelSdk.Generators.Parsing
{
    /// <summary>
    /// Makes every checkout of a report read the same: CR LF and CR become LF and a leading byte order mark goes,
    /// so LF, CRLF and CR copies give byte-identical generated code. Lines and columns do not change; where offsets
    /// do, the line starts of the original are kept to place diagnostics in the file as it is.
    /// </summary>
    internal static class LineEndings
    {
        public static string Normalize(string text, out ValueList<int> originalLineStarts)
        {
            var hasBom = text.Length > 0 && text[0] == '\uFEFF';
            if (!hasBom && text.IndexOf('\r') < 0)
            {
                originalLineStarts = ValueList<int>.Empty;
                return text;
            }

            var start = hasBom ? 1 : 0;
            var normalized = new StringBuilder(text.Length);
            var starts = new List<int> { start };
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' || c == '\n')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    normalized.Append('\n');
                    starts.Add(i + 1);
                }
                else
                {
                    normalized.Append(c);
                }
            }
            originalLineStarts = ValueList<int>.From(starts);
            return normalized.ToString();
        }
    }
}
