using System.Collections.Generic;
using System.Text;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>Writes C# with four-space indentation and '\n' line ends (the same bytes on every machine).</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder text;
        private int depth;

        // Starts at the builder's own chunk size and grows chunk by chunk: one buffer the size of a force's file
        // (hundreds of kilobytes) would be a large-object-heap allocation.
        private const int ChunkSize = 8000;

        public CodeWriter() => text = new StringBuilder(ChunkSize);

        public CodeWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                text.Append(' ', depth * 4).Append(line);
            }

            text.Append('\n');
            return this;
        }

        /// <summary>A line of three parts, for a long middle part (report data) that is not copied into a line first.</summary>
        public CodeWriter Line((string Start, string Middle, string End) line)
        {
            text.Append(' ', depth * 4).Append(line.Start).Append(line.Middle).Append(line.End).Append('\n');
            return this;
        }

        public CodeWriter Open(string line)
        {
            Line(line).Line("{");
            depth++;
            return this;
        }

        public CodeWriter Close(string end = "}")
        {
            depth--;
            return Line(end);
        }

        /// <summary>A method that returns, by one switch on <paramref name="on"/>, each case's result, and throws for any other value.</summary>
        public CodeWriter Switch(string method, string on, IEnumerable<(string Label, string Result)> cases)
        {
            Open(method).Open($"switch ({on})");
            foreach (var (label, result) in cases)
            {
                Line("case " + label + ": return " + result + ";");
            }

            return Line("default: throw new global::System.ArgumentOutOfRangeException();").Close().Close();
        }

        /// <summary>A <c>/// &lt;summary&gt;</c> of one line of report text.</summary>
        public CodeWriter Summary(string text) => Doc("summary", text);

        /// <summary>A <c>/// &lt;remarks&gt;</c> of one line of report text.</summary>
        public CodeWriter Remarks(string text) => Doc("remarks", text);

        // Written into the file's buffer as it goes: thousands of doc lines, none built as a string first.
        private CodeWriter Doc(string tag, string value)
        {
            text.Append(' ', depth * 4).Append("/// <").Append(tag).Append('>');
            CSharpLiterals.AppendDocText(text, value).Append("</").Append(tag).Append(">\n");
            return this;
        }

        public override string ToString() => text.ToString();
    }
}
