namespace PeelSdk.Parsing
{
    /// <summary>Builds <see cref="TextLocation"/>s from lines and columns.</summary>
    internal static class TextLocations
    {
        /// <summary>The span of <paramref name="length"/> characters at 0-based <paramref name="offset"/> within a line's content.</summary>
        public static TextLocation InLine(SourceLine line, int offset, int length) =>
            new TextLocation(line.Start + offset, length, line.Number, offset + 1, line.Number, offset + length + 1);

        /// <summary>The line's content without surrounding white space (an empty span at column 1 for a blank line).</summary>
        public static TextLocation OfContent(SourceLine line)
        {
            var start = line.ContentStart;
            var end = line.Content.TrimEnd().Length;
            return InLine(line, start, end > start ? end - start : 0);
        }

        /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
        public static TextLocation Between(TextLocation first, TextLocation last) =>
            new TextLocation(first.Start, last.Start + last.Length - first.Start, first.Line, first.Column, last.EndLine, last.EndColumn);

        /// <summary>The one-line span of <paramref name="length"/> characters at <paramref name="offset"/> in <paramref name="text"/>, counting lines
        /// as <see cref="SourceLine.Split"/> does.</summary>
        public static TextLocation At(string text, int offset, int length)
        {
            var line = 1;
            var lineStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            for (var i = lineStart; i < offset && i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                else if (text[i] != '\r' && text[i] != '\n')
                {
                    continue;
                }

                line++;
                lineStart = i + 1;
            }
            var column = offset - lineStart + 1;
            return new TextLocation(offset, length, line, column, line, column + length);
        }

        /// <summary>An empty span at the start of the text.</summary>
        public static TextLocation StartOfText { get; } = new TextLocation(0, 0, 1, 1, 1, 1);
    }
}
