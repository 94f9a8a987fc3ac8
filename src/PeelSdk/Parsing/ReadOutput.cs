using System.Collections.Generic;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// What reading one text keeps besides its sections: notes, preamble, the lines read as structure, and the diagnostics.
    /// Only ever added to; the report's identity is not here (see <see cref="ParsedIdentity"/>).
    /// </summary>
    internal sealed class ReadOutput
    {
        public ReadOutput(ReportText source) => Source = source;

        public ReportText Source { get; }

        public List<PeelDiagnostic> Diagnostics { get; } = new List<PeelDiagnostic>();

        /// <summary>Page chrome and text outside any section.</summary>
        public List<(string Text, SourceSpan Source)> Notes { get; } = new List<(string, SourceSpan)>();

        /// <summary>What stands before the header or title.</summary>
        public List<(string Text, SourceSpan Source)> Preamble { get; } = new List<(string, SourceSpan)>();

        /// <summary>Lines read as structure rather than content: header, pillar, title, list headings.</summary>
        public List<int> StructureLines { get; } = new List<int>();

        public void Report(PeelRule rule, TextLocation location, params string[] arguments) =>
            Diagnostics.Add(new PeelDiagnostic(rule, Source.File, location, arguments));

        /// <summary>Keeps the non-blank lines from index <paramref name="from"/> to before <paramref name="to"/> in <paramref name="kept"/>.</summary>
        public void Keep(List<(string Text, SourceSpan Source)> kept, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var line = Source.Lines[i];
                if (!line.IsBlank)
                {
                    kept.Add((line.Trimmed, new SourceSpan(Source.File, line.Number, line.Number)));
                }
            }
        }

        /// <summary>A force not among the 43, reported as PEEL013 with the nearest name, kept under the name the text gives.</summary>
        public Force UnknownForce(TextLocation where, string name)
        {
            var nearest = ForceRegistry.Nearest(name);
            Report(PeelRules.UnknownForce, where, name, nearest is null ? string.Empty : $"; did you mean '{nearest.Name}'?");
            return new Force(name, ForceNames.FindFullName(Source.Text, name), Force.ToSlug(name));
        }
    }
}
