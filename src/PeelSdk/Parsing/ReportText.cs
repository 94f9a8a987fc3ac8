using System.Collections.Generic;

namespace PeelSdk.Parsing
{
    /// <summary>One text as it is read: its file, its lines and the parse options. Never changes while it is read.</summary>
    internal sealed class ReportText
    {
        public ReportText(string text, string file, PeelParseOptions options)
        {
            Text = text;
            File = file;
            Options = options;
            Lines = SourceLine.Split(text);
        }

        public string Text { get; }

        public string File { get; }

        public PeelParseOptions Options { get; }

        public IReadOnlyList<SourceLine> Lines { get; }
    }
}
