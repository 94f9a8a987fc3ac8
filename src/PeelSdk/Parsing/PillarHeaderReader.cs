using System;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Reads a pillar report's identity: the header "&lt;Force&gt; PEEL &lt;year&gt;" after any page chrome, then the pillar line
    /// (or, on pages of 2017-2018 that name none, the pillar its headline implies). Whatever stands before the header is preamble.
    /// </summary>
    internal static class PillarHeaderReader
    {
        /// <summary>Reads header and pillar into <paramref name="c"/>; returns the index of the body's first line.</summary>
        public static int Read(ReportContext c) => ReadPillar(c, ReadHeader(c));

        /// <summary>Finds the header, keeping whatever page chrome or banners stand before it as notes.</summary>
        private static int ReadHeader(ReportContext c)
        {
            var firstContent = -1;
            for (var i = 0; i < c.Lines.Count; i++)
            {
                var trimmed = c.Lines[i].Trimmed;
                if (trimmed.Length == 0)
                {
                    continue;
                }

                if (LinePatterns.TryHeader(trimmed, out var name, out var headerYear, out var yearIndex))
                {
                    c.AddLines(c.Preamble, 0, i);
                    c.HeaderLine = c.Lines[i];
                    c.StructureLines.Add(c.Lines[i].Number);
                    c.Year = headerYear;
                    c.Force = ForceRegistry.Find(name, headerYear)
                        ?? c.UnknownForce(TextLocations.InLine(c.Lines[i], c.Lines[i].ContentStart, name.Length), name);
                    CheckYear(c, c.Lines[i], c.Lines[i].ContentStart + yearIndex);
                    return i + 1;
                }
                if (LinePatterns.IsHeadline(trimmed))
                {
                    break;
                }

                if (firstContent < 0 && !LinePatterns.IsChrome(trimmed))
                {
                    firstContent = i;
                }
            }

            // No header: blame the line that stands where it should; if that is already the headline, keep it for the body.
            var blamed = firstContent >= 0 ? firstContent : c.Lines.FindIndex(line => !line.IsBlank && !LinePatterns.IsChrome(line.Trimmed));
            if (blamed < 0)
            {
                blamed = c.Lines.FindIndex(line => !line.IsBlank);
            }

            var overview = LinePatterns.IsOverviewHeader(c.Lines[blamed].Trimmed)
                ? ": it is the header of a 2014 force overview page, which is not a pillar report; save the force's pillar pages (Effectiveness, "
                    + "Efficiency, Legitimacy) instead"
                : string.Empty;
            c.Report(PeelRules.InvalidHeader, TextLocations.OfContent(c.Lines[blamed]), c.Lines[blamed].Trimmed, overview);
            c.HeaderLine = c.Lines[blamed];
            var consumed = !LinePatterns.IsHeadline(c.Lines[blamed].Trimmed);
            c.AddLines(c.Preamble, 0, blamed);
            if (consumed)
            {
                c.AddLines(c.Notes, blamed, blamed + 1);
            }

            return consumed ? blamed + 1 : blamed;
        }

        private static int ReadPillar(ReportContext c, int index)
        {
            while (index < c.Lines.Count && (c.Lines[index].IsBlank || LinePatterns.IsChrome(c.Lines[index].Trimmed)))
            {
                c.AddLines(c.Notes, index, index + 1);
                index++;
            }
            if (index >= c.Lines.Count)
            {
                c.Report(PeelRules.InvalidPillar, EndOf(c.HeaderLine), "the end of the file", string.Empty);
                return index;
            }

            var line = c.Lines[index];
            var trimmed = line.Trimmed;
            if (LinePatterns.TryPillar(trimmed, out var found))
            {
                c.Pillar = found == Pillar.OtherInspections ? PillarOfQuestions(c, index + 1) ?? found : found;
                c.StructureLines.Add(line.Number);
                return index + 1;
            }

            // Pages of 2017-2018 name no pillar; their headline says which it is.
            if (c.Force != null && LinePatterns.IsHeadline(trimmed) && LinePatterns.PillarOfHeadline(trimmed) is Pillar inferred)
            {
                c.Pillar = inferred;
                c.Report(PeelRules.PillarInferred, TextLocations.OfContent(line), inferred.ToString());
                return index;
            }

            var nearest = trimmed.IndexOf(' ') < 0 ? EditDistance.Nearest(trimmed, Enum.GetNames(typeof(Pillar))) : null;
            c.Report(PeelRules.InvalidPillar, TextLocations.OfContent(line), trimmed, nearest is null ? string.Empty : $"; did you mean '{nearest}'?");
            if (LinePatterns.IsHeadline(trimmed))
            {
                return index;
            }

            c.AddLines(c.Notes, index, index + 1);
            return index + 1;
        }

        /// <summary>
        /// The pillar an "Other inspections" page is about: the one its "Questions for …" heading names, or, on the 2015 and 2016
        /// leadership pages saved without that heading, Leadership when the page's opening (before its first core question) is
        /// about leadership. <see langword="null"/> keeps the page as other inspections.
        /// </summary>
        private static Pillar? PillarOfQuestions(ReportContext c, int from)
        {
            var questions = 0;
            var aboutLeadership = false;
            for (var i = from; i < c.Lines.Count && questions < 2; i++)
            {
                var trimmed = c.Lines[i].Trimmed;
                if (LinePatterns.QuestionsFor(trimmed) is Pillar named)
                {
                    return named;
                }

                if (LinePatterns.IsHeadline(trimmed) || trimmed.EndsWith("?", StringComparison.Ordinal))
                {
                    questions++;
                }
                else
                {
                    aboutLeadership |= LinePatterns.MentionsLeadership(trimmed);
                }
            }
            return aboutLeadership ? Pillar.Leadership : (Pillar?)null;
        }

        private static void CheckYear(ReportContext c, SourceLine header, int yearOffset)
        {
            var problem =
                c.Year < PeelRules.FirstPeelYear ? $"before {PeelRules.FirstPeelYear}, the first PEEL year"
                : c.Year > c.Options.CurrentYear + 1 ? $"after next year ({c.Options.CurrentYear + 1})"
                : null;
            if (problem != null)
            {
                c.Report(
                    PeelRules.YearOutOfRange,
                    TextLocations.InLine(header, yearOffset, 4),
                    c.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    problem
                );
            }
        }

        private static TextLocation EndOf(SourceLine? line) =>
            line is SourceLine known ? TextLocations.InLine(known, known.Content.TrimEnd().Length, 0) : TextLocations.StartOfText;
    }
}
