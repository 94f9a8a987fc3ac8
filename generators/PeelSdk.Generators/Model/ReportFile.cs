namespace PeelSdk.Generators.Model
{
    /// <summary>A parsed report file.</summary>
    /// <param name="Path">The full path the compiler knows (for diagnostic locations).</param>
    /// <param name="Report">What the parser read from the text with its line breaks normalised to '\n', so every checkout reads the same.</param>
    /// <param name="OriginalLineStarts">Where each line starts in the file as it is, when that differs from the normalised text (CR LF, CR or a byte
    /// order mark); else empty.</param>
    internal sealed record ReportFile(string Path, ParsedReport Report, ValueList<int> OriginalLineStarts)
    {
        /// <summary>The report's model as <c>PeelSdk.Data</c> text, once grades tables are applied; <see langword="null"/> for an incomplete report.</summary>
        public string? Data { get; init; }

        /// <summary>Where the header stands in the file as it is, when there is one (for PEEL005 and PEEL102).</summary>
        public TextLocation? HeaderInFile => Report.HeaderLocation is TextLocation header ? InFile(header) : null;

        /// <summary>A diagnostic of the report, placed in the file as it is.</summary>
        public LocatedDiagnostic Locate(PeelDiagnostic diagnostic) =>
            new LocatedDiagnostic(Path, new PeelDiagnostic(diagnostic.Rule, diagnostic.File, InFile(diagnostic.Location), diagnostic.Arguments));

        /// <summary>A location in the normalised text, moved to the same line and column of the file as it is (what the compiler and IDE show).</summary>
        public TextLocation InFile(TextLocation at)
        {
            if (OriginalLineStarts.Count == 0 || at.Line > OriginalLineStarts.Count || at.EndLine > OriginalLineStarts.Count)
            {
                return at;
            }

            var start = OriginalLineStarts[at.Line - 1] + at.Column - 1;
            var end = OriginalLineStarts[at.EndLine - 1] + at.EndColumn - 1;
            return at with { Start = start, Length = end - start };
        }
    }
}
