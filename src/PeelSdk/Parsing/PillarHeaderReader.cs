using System;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Reads a pillar report's identity: the header "&lt;Force&gt; PEEL &lt;year&gt;" after any page chrome, then the pillar line
    /// (or, on pages of 2017-2018 that name none, the pillar its headline implies). Whatever stands before the header is preamble.
    /// </summary>
    internal static class PillarHeaderReader
    {
        /// <summary>Reads header and pillar; what it keeps (preamble, notes, structure lines, diagnostics) goes to <paramref name="output"/>.</summary>
        public static ParsedIdentity Read(ReportText text, ReadOutput output)
        {
            var header = ReadHeader(text, output);
            var (pillar, bodyStart) = ReadPillar(text, output, header);
            var from = header.Force is null ? IdentitySource.None : IdentitySource.Header;
            return new ParsedIdentity(header.Force, header.Year, pillar, header.Line, bodyStart, from, from);
        }

        /// <summary>What the header gave: the force and year, the header line (or the line that stands where it should) and the next line's index.</summary>
        private readonly record struct Header(Force? Force, int? Year, SourceLine Line, int Next);

        /// <summary>Finds the header, keeping whatever page chrome or banners stand before it as notes.</summary>
        private static Header ReadHeader(ReportText text, ReadOutput output)
        {
            var lines = text.Lines;
            var firstContent = -1;
            for (var i = 0; i < lines.Count; i++)
            {
                var trimmed = lines[i].Trimmed;
                if (trimmed.Length == 0)
                {
                    continue;
                }

                if (LinePatterns.TryHeader(trimmed, out var name, out var year, out var yearIndex))
                {
                    output.Keep(output.Preamble, 0, i);
                    output.StructureLines.Add(lines[i].Number);
                    var force = ForceRegistry.Find(name, year) ?? output.UnknownForce(TextLocations.InLine(lines[i], lines[i].ContentStart, name.Length), name);
                    CheckYear(text, output, year, lines[i], lines[i].ContentStart + yearIndex);
                    return new Header(force, year, lines[i], i + 1);
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
            var blamed = firstContent >= 0 ? firstContent : IndexOf(text, line => !line.IsBlank && !LinePatterns.IsChrome(line.Trimmed));
            if (blamed < 0)
            {
                blamed = IndexOf(text, line => !line.IsBlank);
            }

            var overview = LinePatterns.IsOverviewHeader(lines[blamed].Trimmed)
                ? ": it is the header of a 2014 force overview page, which is not a pillar report; save the force's pillar pages (Effectiveness, "
                    + "Efficiency, Legitimacy) instead"
                : string.Empty;
            output.Report(PeelRules.InvalidHeader, TextLocations.OfContent(lines[blamed]), lines[blamed].Trimmed, overview);
            var consumed = !LinePatterns.IsHeadline(lines[blamed].Trimmed);
            output.Keep(output.Preamble, 0, blamed);
            if (consumed)
            {
                output.Keep(output.Notes, blamed, blamed + 1);
            }

            return new Header(null, null, lines[blamed], consumed ? blamed + 1 : blamed);
        }

        private static (Pillar? Pillar, int BodyStart) ReadPillar(ReportText text, ReadOutput output, Header header)
        {
            var lines = text.Lines;
            var index = header.Next;
            while (index < lines.Count && (lines[index].IsBlank || LinePatterns.IsChrome(lines[index].Trimmed)))
            {
                output.Keep(output.Notes, index, index + 1);
                index++;
            }
            if (index >= lines.Count)
            {
                output.Report(PeelRules.InvalidPillar, EndOf(header.Line), "the end of the file", string.Empty);
                return (null, index);
            }

            var line = lines[index];
            var trimmed = line.Trimmed;
            if (LinePatterns.TryPillar(trimmed, out var found))
            {
                output.StructureLines.Add(line.Number);
                return (found == Pillar.OtherInspections ? PillarOfQuestions(text, index + 1) ?? found : found, index + 1);
            }

            // Pages of 2017-2018 name no pillar; their headline says which it is.
            if (header.Force != null && LinePatterns.IsHeadline(trimmed) && LinePatterns.PillarOfHeadline(trimmed) is Pillar inferred)
            {
                output.Report(PeelRules.PillarInferred, TextLocations.OfContent(line), inferred.ToString());
                return (inferred, index);
            }

            var nearest = trimmed.IndexOf(' ') < 0 ? EditDistance.Nearest(trimmed, Enum.GetNames(typeof(Pillar))) : null;
            output.Report(PeelRules.InvalidPillar, TextLocations.OfContent(line), trimmed, nearest is null ? string.Empty : $"; did you mean '{nearest}'?");
            if (LinePatterns.IsHeadline(trimmed))
            {
                return (null, index);
            }

            output.Keep(output.Notes, index, index + 1);
            return (null, index + 1);
        }

        /// <summary>
        /// The pillar an "Other inspections" page is about: the one its "Questions for …" heading names, or, on the 2015 and 2016
        /// leadership pages saved without that heading, Leadership when the page's opening (before its first core question) is
        /// about leadership. <see langword="null"/> keeps the page as other inspections.
        /// </summary>
        private static Pillar? PillarOfQuestions(ReportText text, int from)
        {
            var questions = 0;
            var aboutLeadership = false;
            for (var i = from; i < text.Lines.Count && questions < 2; i++)
            {
                var trimmed = text.Lines[i].Trimmed;
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

        private static void CheckYear(ReportText text, ReadOutput output, int year, SourceLine header, int yearOffset)
        {
            var problem =
                year < PeelRules.FirstPeelYear ? $"before {PeelRules.FirstPeelYear}, the first PEEL year"
                : year > text.Options.CurrentYear + 1 ? $"after next year ({text.Options.CurrentYear + 1})"
                : null;
            if (problem != null)
            {
                output.Report(
                    PeelRules.YearOutOfRange,
                    TextLocations.InLine(header, yearOffset, 4),
                    year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    problem
                );
            }
        }

        private static int IndexOf(ReportText text, Func<SourceLine, bool> predicate)
        {
            for (var i = 0; i < text.Lines.Count; i++)
            {
                if (predicate(text.Lines[i]))
                {
                    return i;
                }
            }
            return -1;
        }

        private static TextLocation EndOf(SourceLine line) => TextLocations.InLine(line, line.Content.TrimEnd().Length, 0);
    }
}
