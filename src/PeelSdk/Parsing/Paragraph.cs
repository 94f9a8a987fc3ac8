using System.Collections.Generic;
using System.Text;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// A paragraph being read: one or more lines joined with single spaces, remembering where each piece came
    /// from so that a position in the joined text maps back to a line and column of the file.
    /// </summary>
    internal sealed class Paragraph
    {
        private readonly List<Piece> pieces = new List<Piece>();

        // Most paragraphs are one line: their text is that line's content, and nothing is joined or copied.
        private StringBuilder? joined;
        private string? text;
        private int length;

        public Paragraph(SourceLine line, int contentOffset) => Append(line, contentOffset);

        public string Text => text ??= joined!.ToString();

        public int FirstLine => pieces[0].Line.Number;

        public int LastLine => pieces[pieces.Count - 1].Line.Number;

        /// <summary>Whole location, from the first character to the last.</summary>
        public TextLocation Location => LocationOf(0, length);

        /// <summary>Adds the trimmed content of <paramref name="line"/> from <paramref name="contentOffset"/> on.</summary>
        public void Append(SourceLine line, int contentOffset)
        {
            var (start, count) = Trimmed(line.Content, contentOffset);
            var content = line.Content.Substring(start, count);
            if (pieces.Count == 0)
            {
                pieces.Add(new Piece(line, start, 0, count));
                text = content;
                length = count;
                return;
            }
            joined ??= new StringBuilder(Text);
            joined.Append(' ');
            pieces.Add(new Piece(line, start, joined.Length, count));
            joined.Append(content);
            length = joined.Length;
            text = null;
        }

        /// <summary>Where <paramref name="content"/> from <paramref name="from"/> on starts and how long it is without surrounding white space.</summary>
        private static (int Start, int Count) Trimmed(string content, int from)
        {
            var start = from;
            var end = content.Length;
            while (start < end && char.IsWhiteSpace(content[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(content[end - 1]))
            {
                end--;
            }

            return start == end ? (from, 0) : (start, end - start);
        }

        /// <summary>The 1-based file line holding the joined-text position <paramref name="index"/>.</summary>
        public int LineAt(int index) => PieceAt(index).Line.Number;

        /// <summary>Maps a span of the joined text to the file.</summary>
        public TextLocation LocationOf(int index, int length)
        {
            var first = PieceAt(index);
            var last = PieceAt(length > 0 ? index + length - 1 : index);
            var start = TextLocations.InLine(first.Line, first.LineOffset + index - first.JoinedStart, 0);
            var endOffset = last.LineOffset + System.Math.Min(index + length - last.JoinedStart, last.Length);
            var end = TextLocations.InLine(last.Line, endOffset, 0);
            return TextLocations.Between(start, end);
        }

        private Piece PieceAt(int index)
        {
            for (var i = pieces.Count - 1; i > 0; i--)
            {
                if (index >= pieces[i].JoinedStart)
                {
                    return pieces[i];
                }
            }
            return pieces[0];
        }

        private readonly record struct Piece(SourceLine Line, int LineOffset, int JoinedStart, int Length);
    }
}
