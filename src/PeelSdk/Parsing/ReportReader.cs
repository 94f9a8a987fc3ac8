using System;
using System.Linq;
using System.Threading;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Reads one text: refuses what is not text, tells a report from other pages (<see cref="DocumentClassifier"/>), reads a
    /// report's identity (<see cref="IntegratedIdentityReader"/> or <see cref="PillarHeaderReader"/>, each returning an
    /// immutable <see cref="ParsedIdentity"/>), then its body with the reader of its layout (<see cref="PillarBodyReader"/>
    /// or <see cref="IntegratedBodyReader"/>), and puts the <see cref="ParsedReport"/> together.
    /// </summary>
    internal sealed class ReportReader
    {
        private static readonly ParsedIdentity NoIdentity = new ParsedIdentity(null, null, null, null, 0);

        private readonly ReadOutput output;
        private readonly CancellationToken cancellationToken;

        public ReportReader(string text, string file, PeelParseOptions options, CancellationToken cancellationToken)
        {
            output = new ReadOutput(new ReportText(text, file, options));
            this.cancellationToken = cancellationToken;
        }

        private ReportText Source => output.Source;

        public ParsedReport Read()
        {
            if (WhyNotText() is (TextLocation where, string why))
            {
                output.Report(PeelRules.NotText, where, why);
                return Result(NoIdentity, ReportBody.None);
            }

            var page = DocumentClassifier.Classify(Source.Lines);
            if (page.Kind != DocumentKind.Report)
            {
                return ReadPage(page);
            }

            var identity = IntegratedIdentityReader.Read(Source, output) ?? PillarHeaderReader.Read(Source, output);
            BodyReader body = identity.IsIntegrated
                ? new IntegratedBodyReader(output, identity, cancellationToken)
                : new PillarBodyReader(output, identity, cancellationToken);
            return Result(identity, body.Read());
        }

        /// <summary>PEEL011's where and why: NUL characters, a byte that is not UTF-8, or no text at all; <see langword="null"/> for text.</summary>
        private (TextLocation Where, string Why)? WhyNotText()
        {
            var nul = Source.Text.IndexOf('\0');
            if (nul >= 0)
            {
                return (TextLocations.At(Source.Text, nul, 1), "contains NUL characters, so it is not a text file: save the page as plain UTF-8 text");
            }
            // The compiler (and peel) decode bytes that are not UTF-8 as U+FFFD; the first one is where the bad byte was.
            var undecodable = Source.Text.IndexOf('\uFFFD');
            if (undecodable >= 0)
            {
                return (TextLocations.At(Source.Text, undecodable, 1), "is not UTF-8 text: a byte here could not be decoded; save the page as UTF-8");
            }
            return Source.Lines.All(line => line.IsBlank) ? (TextLocations.StartOfText, "is empty: it needs at least a header, a pillar and a question") : null;
        }

        /// <summary>
        /// A page that is not a report: kept whole as notes, with PEEL022 saying what it is and what it is about; a news release's
        /// area grades are read to grade its report.
        /// </summary>
        private ParsedReport ReadPage(DocumentClass page)
        {
            output.Keep(output.Notes, 0, Source.Lines.Count);
            var named = new[] { page.Force?.FullName ?? page.Force?.Name, page.Year is int year ? "PEEL " + PeelCycles.NameOf(year) : null };
            var about = page.Force is null && page.Year is null ? string.Empty : " about " + string.Join(" ", named.Where(part => part != null));
            var said = string.Empty;
            GradeTable? officialGrades = null;
            if (page.Kind == DocumentKind.NewsRelease && page.Force != null)
            {
                if (page.Year is int cycle && cycle >= PeelCycles.FirstFiveTierYear)
                {
                    officialGrades = ReleaseGradeReader.Read(Source.Lines, Source.File, page.Force, cycle, output.Diagnostics);
                    var count = officialGrades.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    said =
                        $"; it states {count} area grade(s), applied to the {page.Force.Name} PEEL {PeelCycles.NameOf(cycle)} report where that "
                        + "report's text states none";
                }
                else
                {
                    said = page.Year is null
                        ? "; it names no PEEL cycle, so its grades are not matched to a report"
                        : "; grades in releases before 2021 are not read";
                }
            }
            var first = Source.Lines[page.FirstLine - 1];
            output.Report(PeelRules.NotAReport, TextLocations.OfContent(first), DocumentKinds.Describe(page.Kind) + about, said);
            // A page's notes keep the ids of a text without identity: it is no report, so nothing refers to them.
            return Result(
                new ParsedIdentity(page.Force, page.Year, null, null, 0, IdentitySource.Page, IdentitySource.Page),
                ReportBody.None,
                page.Kind,
                officialGrades,
                NoIdentity.IdPrefix
            );
        }

        private ParsedReport Result(
            ParsedIdentity identity,
            ReportBody body,
            DocumentKind kind = DocumentKind.Report,
            GradeTable? officialGrades = null,
            string? idPrefix = null
        )
        {
            var ids = idPrefix ?? identity.IdPrefix;
            var notes = FindingIds.OfList(ids, FindingIds.Notes);
            var preamble = FindingIds.OfList(ids, FindingIds.Preamble);
            // Without a header the text is most likely not a PEEL report at all (an overview page, a stray file): a missing
            // pillar, missing questions and text outside sections would only repeat PEEL001. The text is still kept as notes.
            var diagnostics = identity.Force is null ? output.Diagnostics.Where(d => !RepeatsMissingHeader(d.Rule)) : output.Diagnostics;
            return new ParsedReport(
                Source.File,
                identity.Force,
                identity.Year,
                identity.Pillar,
                body.Headline,
                body.Questions,
                body.AreasForImprovement,
                body.CausesOfConcern,
                body.Recommendations,
                output.Notes.Select((note, i) => new Finding(FindingIds.At(notes, i), FindingKind.Note, note.Text, note.Source)),
                diagnostics.OrderBy(d => d.Location.Start).ThenBy(d => d.Id, StringComparer.Ordinal),
                identity.Force is null || identity.HeaderLine is not SourceLine header ? null : TextLocations.OfContent(header),
                output.StructureLines,
                body.LastUpdated,
                output.Preamble.Select((line, i) => new Finding(FindingIds.At(preamble, i), FindingKind.Note, line.Text, line.Source)),
                body.AreasAssessed,
                body.AreasGraded,
                body.QuestionLocations,
                kind,
                officialGrades
            );
        }

        private static bool RepeatsMissingHeader(PeelRule rule) =>
            rule == PeelRules.InvalidPillar || rule == PeelRules.NoQuestions || rule == PeelRules.TextOutsideSection;
    }
}
