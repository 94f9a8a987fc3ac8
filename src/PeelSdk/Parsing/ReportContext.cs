using System.Collections.Generic;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// What every step of reading one report shares: the text and its lines, the report's identity as far as it is known,
    /// and what is kept besides sections (notes, preamble, structure lines) and the diagnostics.
    /// </summary>
    internal sealed class ReportContext
    {
        public ReportContext(string text, string file, PeelParseOptions options)
        {
            Text = text;
            File = file;
            Options = options;
            Lines = SourceLine.Split(text);
        }

        public string Text { get; }

        public string File { get; }

        public PeelParseOptions Options { get; }

        public List<SourceLine> Lines { get; }

        public List<PeelDiagnostic> Diagnostics { get; } = new List<PeelDiagnostic>();

        /// <summary>Page chrome and text outside any section.</summary>
        public List<(string Text, SourceSpan Source)> Notes { get; } = new List<(string, SourceSpan)>();

        /// <summary>What stands before the header or title.</summary>
        public List<(string Text, SourceSpan Source)> Preamble { get; } = new List<(string, SourceSpan)>();

        /// <summary>Lines read as structure rather than content: header, pillar, title, list headings.</summary>
        public List<int> StructureLines { get; } = new List<int>();

        public Force? Force { get; set; }

        public int? Year { get; set; }

        public Pillar? Pillar { get; set; }

        /// <summary>The header or title line, or the line that stands where it should.</summary>
        public SourceLine? HeaderLine { get; set; }

        /// <summary>For an integrated report, its cycle's first year; <see langword="null"/> for a pillar report.</summary>
        public int? IntegratedYear { get; set; }

        public void Report(PeelRule rule, TextLocation location, params string[] arguments)
        {
            // Without a header the text is most likely not a PEEL report at all (an overview page, a stray file):
            // a missing pillar, missing questions and text outside sections would only repeat PEEL001. The text is still kept as notes.
            if (Force is null && (rule == PeelRules.InvalidPillar || rule == PeelRules.NoQuestions || rule == PeelRules.TextOutsideSection))
            {
                return;
            }

            Diagnostics.Add(new PeelDiagnostic(rule, File, location, arguments));
        }

        /// <summary>Keeps the non-blank lines from index <paramref name="from"/> to before <paramref name="to"/> in <paramref name="kept"/>.</summary>
        public void AddLines(List<(string Text, SourceSpan Source)> kept, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (!Lines[i].IsBlank)
                {
                    kept.Add((Lines[i].Trimmed, new SourceSpan(File, Lines[i].Number, Lines[i].Number)));
                }
            }
        }

        /// <summary>A force not among the 43, reported as PEEL013 with the nearest name, kept under the name the text gives.</summary>
        public Force UnknownForce(TextLocation where, string name)
        {
            var nearest = ForceRegistry.Nearest(name);
            Report(PeelRules.UnknownForce, where, name, nearest is null ? string.Empty : $"; did you mean '{nearest.Name}'?");
            return new Force(name, ForceNames.FindFullName(Text, name), Force.ToSlug(name));
        }
    }
}
