using System.Globalization;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Reads an integrated report's identity (2021/22 onwards): the force from its title or its opening sentence, the cycle from
    /// its title, a cycle line, the framework it names or the file name; PEEL021 says where when it is not the title.
    /// </summary>
    internal static class IntegratedIdentityReader
    {
        // Integrated openings put the title, if any, and "Our inspection assessed …" within the first lines.
        private const int OpeningSearchLines = 40;

        /// <summary>
        /// Reads an integrated report's identity if the text is one (a title, "Overall summary" or the opening sentence comes
        /// before any pillar header); <see langword="null"/> for a pillar report. What it keeps goes to <paramref name="output"/>.
        /// </summary>
        public static ParsedIdentity? Read(ReportText text, ReadOutput output)
        {
            int? titleLine = null,
                openingLine = null,
                bodyStart = null;
            string? forceName = null;
            var forceSource = IdentitySource.Title;
            var forceLocation = TextLocations.StartOfText;
            int? cycle = null;
            var cycleSource = IdentitySource.Title;
            var cycleText = string.Empty;
            var seen = 0;
            for (var i = 0; i < text.Lines.Count && seen < OpeningSearchLines; i++)
            {
                var line = text.Lines[i];
                var trimmed = line.Trimmed;
                if (trimmed.Length == 0 || LinePatterns.IsChrome(trimmed))
                {
                    continue;
                }

                seen++;
                if (titleLine is null && openingLine is null && bodyStart is null)
                {
                    if (LinePatterns.TryHeader(trimmed, out _, out _, out _))
                    {
                        return null;
                    }

                    if (IntegratedPatterns.TryTitle(trimmed, out var titleYear, out var titleForce))
                    {
                        titleLine = i;
                        cycle = titleYear;
                        output.StructureLines.Add(line.Number);
                        output.Keep(output.Preamble, 0, i);
                        var forceLine = i;
                        // A title over several lines: "PEEL 2023–25", "Police effectiveness, efficiency and legitimacy", "An inspection of Kent Police".
                        while (NextContent(text, i) is int next && IntegratedPatterns.TryTitleLine(text.Lines[next].Trimmed, out var named))
                        {
                            output.StructureLines.Add(text.Lines[next].Number);
                            i = next;
                            if (named.Length == 0 || titleForce.Length > 0)
                            {
                                continue;
                            }

                            titleForce = named;
                            forceLine = i;
                        }
                        if (titleForce.Length > 0)
                        {
                            forceName = titleForce;
                            forceLocation = TextLocations.InLine(
                                text.Lines[forceLine],
                                text.Lines[forceLine].Content.IndexOf(titleForce, System.StringComparison.Ordinal),
                                titleForce.Length
                            );
                        }
                        bodyStart = i + 1;
                        continue;
                    }
                    // Anything else (a contents list, a foreword) may come first; it is kept as preamble if an opening follows.
                    if (
                        !IntegratedPatterns.IsOverallSummary(trimmed)
                        && !IntegratedPatterns.IsOurJudgments(trimmed)
                        && !IntegratedPatterns.TryOpening(trimmed, out _, out _, out _, out _)
                    )
                    {
                        continue;
                    }

                    output.Keep(output.Preamble, 0, i);
                    bodyStart = i;
                }
                if (openingLine is null && IntegratedPatterns.TryOpening(trimmed, out var opened, out _, out _, out _))
                {
                    openingLine = i;
                    if (forceName is null)
                    {
                        forceName = opened.Value;
                        forceSource = IdentitySource.Opening;
                        forceLocation = TextLocations.InLine(line, line.ContentStart + opened.Index, opened.Length);
                    }
                }
            }
            if (bodyStart is null)
            {
                return null;
            }

            var headerLine = text.Lines[titleLine ?? openingLine ?? bodyStart.Value];
            if (cycle is null)
            {
                for (var i = bodyStart.Value; i < text.Lines.Count && cycle is null; i++)
                {
                    cycle = IntegratedPatterns.CycleOf(text.Lines[i].Trimmed, out var mention);
                    if (cycle != null)
                    {
                        cycleText =
                            $"the cycle {PeelCycles.NameOf(cycle.Value)} from '{mention}' at "
                            + $"line {text.Lines[i].Number.ToString(CultureInfo.InvariantCulture)}";
                    }
                }
                cycleSource = IdentitySource.CycleLine;
            }
            if (cycle is null && IntegratedPatterns.CycleOfFileName(text.File) is int fromName)
            {
                cycle = fromName;
                cycleSource = IdentitySource.FileName;
                cycleText = $"the cycle {PeelCycles.NameOf(fromName)} from the file name";
            }

            // Where a title should stand: the title itself, or the first line of a report without one.
            var blamed = titleLine is null ? text.Lines[bodyStart.Value] : headerLine;
            var unknown = new ParsedIdentity(null, null, null, headerLine, bodyStart.Value);
            if (forceName is null)
            {
                output.Report(
                    PeelRules.InvalidHeader,
                    TextLocations.OfContent(blamed),
                    blamed.Trimmed,
                    ": this integrated report names no force; keep its title ('PEEL 2023–25 – An inspection of <force>') or its opening sentence"
                );
                return unknown;
            }
            // Looked up (and PEEL013 if unknown) even when the cycle is missing: the name is wrong either way.
            var force = ForceRegistry.Find(forceName, cycle) ?? output.UnknownForce(forceLocation, forceName);
            if (cycle is null)
            {
                output.Report(
                    PeelRules.InvalidHeader,
                    TextLocations.OfContent(blamed),
                    blamed.Trimmed,
                    ": this integrated report names no cycle; keep its title or its 'PEEL 2023–2025' line, or name the file like 'kent-2023-report.peel.txt'"
                );
                return unknown;
            }
            if (forceSource != IdentitySource.Title || cycleSource != IdentitySource.Title)
            {
                var forceText =
                    forceSource == IdentitySource.Title
                        ? "the force is read from the title"
                        : $"the force '{forceName}' is read from the opening sentence at line {forceLocation.Line.ToString(CultureInfo.InvariantCulture)}";
                output.Report(
                    PeelRules.IdentityInferred,
                    forceLocation,
                    forceText,
                    cycleSource == IdentitySource.Title ? "the cycle from the title" : cycleText
                );
            }
            return new ParsedIdentity(force, cycle, Pillar.Integrated, headerLine, bodyStart.Value, forceSource, cycleSource);
        }

        private static int? NextContent(ReportText text, int index)
        {
            for (var i = index + 1; i < text.Lines.Count; i++)
            {
                if (!text.Lines[i].IsBlank)
                {
                    return i;
                }
            }
            return null;
        }
    }
}
