using System.Collections.Generic;

namespace PeelSdk.Parsing
{
    /// <summary>One line of a report text: its 1-based number, where its content starts in the text, and the content without the line break.</summary>
    internal readonly struct SourceLine
    {
        public SourceLine(int number, int start, string content)
        {
            Number = number;
            Start = start;
            Content = content;
            Trimmed = content.Trim();
        }

        public int Number { get; }

        /// <summary>Offset in the whole text of the first character of <see cref="Content"/> (column 1).</summary>
        public int Start { get; }

        public string Content { get; }

        public bool IsBlank => Trimmed.Length == 0;

        /// <summary>Offset within <see cref="Content"/> of the first non-white-space character.</summary>
        public int ContentStart
        {
            get
            {
                var i = 0;
                while (i < Content.Length && char.IsWhiteSpace(Content[i]))
                {
                    i++;
                }

                return i;
            }
        }

        /// <summary>The content without surrounding white space (computed once: every line test reads it).</summary>
        public string Trimmed { get; }

        /// <summary>
        /// Splits on CR LF, CR and LF only (what editors and <c>peel check</c> count as lines); a byte order mark
        /// before line 1 is not part of it, so columns match what an editor shows.
        /// </summary>
        public static List<SourceLine> Split(string text)
        {
            // Report lines run to about 60 characters: a close first guess saves the list's regrowths.
            var lines = new List<SourceLine>(text.Length / 48 + 4);
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var number = 1;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c != '\r' && c != '\n')
                {
                    continue;
                }

                lines.Add(new SourceLine(number++, start, text.Substring(start, i - start)));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
            if (start < text.Length)
            {
                lines.Add(new SourceLine(number, start, text.Substring(start)));
            }

            return lines;
        }
    }
}
