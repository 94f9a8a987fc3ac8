using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Reads one report text top to bottom in a single pass: its identity (<see cref="PillarHeaderReader"/> or
    /// <see cref="IntegratedIdentityReader"/>), then the body: each line classified (<see cref="LineClassifier"/>) and acted on,
    /// sections built (<see cref="SectionBuilder"/>) and grades decided (<see cref="JudgmentPass"/>). Every non-blank line ends up
    /// in the model (as a finding, list item or note) or is named by a diagnostic.
    /// </summary>
    internal sealed partial class ReportReader
    {
        private readonly ReportContext context;
        private readonly CancellationToken cancellationToken;
        private readonly Dictionary<ListKind, List<Finding>> lists = new Dictionary<ListKind, List<Finding>>
        {
            [ListKind.AreasForImprovement] = new List<Finding>(),
            [ListKind.CausesOfConcern] = new List<Finding>(),
            [ListKind.Recommendations] = new List<Finding>(),
        };
        private readonly List<SectionBuilder> questions = new List<SectionBuilder>();
        private readonly HashSet<string> questionKeys = new HashSet<string> { QuestionKeys.Headline };
        private readonly Dictionary<string, int> questionLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        private string idPrefix = "report";
        private SectionBuilder? headline;
        private SectionBuilder? current;
        private ListKind? openList;
        private Paragraph? paragraph;
        private ListKind? paragraphList;
        private bool previousLineBlank;
        private bool paragraphExtendsFinding;
        private bool lastFindingTakesItems;
        private DateTime? lastUpdated;
        private JudgmentPass judgments = null!;
        private DocumentKind kind = DocumentKind.Report;
        private GradeTable? officialGrades;

        public ReportReader(string text, string file, PeelParseOptions options, CancellationToken cancellationToken)
        {
            context = new ReportContext(text, file, options);
            this.cancellationToken = cancellationToken;
        }

        public ParsedReport Read()
        {
            var nul = context.Text.IndexOf('\0');
            if (nul >= 0)
            {
                Report(
                    PeelRules.NotText,
                    TextLocations.At(context.Text, nul, 1),
                    "contains NUL characters, so it is not a text file: save the page as plain UTF-8 text"
                );
                return Result();
            }
            // The compiler (and peel) decode bytes that are not UTF-8 as U+FFFD; the first one is where the bad byte was.
            var undecodable = context.Text.IndexOf('\uFFFD');
            if (undecodable >= 0)
            {
                Report(
                    PeelRules.NotText,
                    TextLocations.At(context.Text, undecodable, 1),
                    "is not UTF-8 text: a byte here could not be decoded; save the page as UTF-8"
                );
                return Result();
            }
            if (context.Lines.All(line => line.IsBlank))
            {
                Report(PeelRules.NotText, TextLocations.StartOfText, "is empty: it needs at least a header, a pillar and a question");
                return Result();
            }

            var page = DocumentClassifier.Classify(context.Lines);
            if (page.Kind != DocumentKind.Report)
            {
                return ReadPage(page);
            }

            var index = IntegratedIdentityReader.Read(context) ?? PillarHeaderReader.Read(context);
            idPrefix =
                context.Force is null || context.Year is null
                    ? "report"
                    : $"{context.Force.Slug}-{context.Year.Value}-{(context.Pillar is null ? "report" : context.Pillar.Value.ToString().ToLowerInvariant())}";
            judgments = new JudgmentPass(context.Force, context.Pillar, context.Year, Report);
            for (; index < context.Lines.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadBodyLine(context.Lines[index]);
            }
            FlushParagraph();
            judgments.Resolve(headline, questions);
            CheckSections();
            if (context.IntegratedYear != null)
            {
                CheckIntegratedSummary();
            }

            return Result();
        }

        /// <summary>
        /// A page that is not a report: kept whole as notes, with PEEL022 saying what it is and what it is about; a news release's
        /// area grades are read to grade its report.
        /// </summary>
        private ParsedReport ReadPage(DocumentClass page)
        {
            context.Force = page.Force;
            context.Year = page.Year;
            context.AddLines(context.Notes, 0, context.Lines.Count);
            var about =
                page.Force is null && page.Year is null
                    ? string.Empty
                    : " about "
                        + string.Join(
                            " ",
                            new[] { page.Force?.FullName ?? page.Force?.Name, page.Year is int named ? "PEEL " + PeelCycles.NameOf(named) : null }.Where(part =>
                                part != null
                            )
                        );
            var said = string.Empty;
            if (page.Kind == DocumentKind.NewsRelease && page.Force != null)
            {
                if (page.Year is int year && year >= PeelCycles.FirstFiveTierYear)
                {
                    officialGrades = ReleaseGradeReader.Read(context.Lines, context.File, page.Force, year, context.Diagnostics);
                    var count = officialGrades.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    said =
                        $"; it states {count} area grade(s), applied to the {page.Force.Name} PEEL {PeelCycles.NameOf(year)} report where that "
                        + $"report's text states none";
                }
                else
                {
                    said = page.Year is null
                        ? "; it names no PEEL cycle, so its grades are not matched to a report"
                        : "; grades in releases before 2021 are not read";
                }
            }
            var first = context.Lines[page.FirstLine - 1];
            Report(PeelRules.NotAReport, TextLocations.OfContent(first), DocumentKinds.Describe(page.Kind) + about, said);
            kind = page.Kind;
            return Result();
        }

        private void ReadBodyLine(SourceLine line)
        {
            // Lines of the judgments table are already read.
            if (line.Number <= tableEnd)
            {
                return;
            }

            var classified = LineClassifier.Classify(line, paragraph != null && !previousLineBlank, headline is null, context.IntegratedYear);
            previousLineBlank = classified.Kind == LineKind.Blank;
            switch (classified.Kind)
            {
                case LineKind.Blank:
                    FlushParagraph();
                    return;
                case LineKind.Continuation:
                    paragraph!.Append(line, 0);
                    return;
            }

            FlushParagraph();
            if (line.Number <= tableEnd)
            {
                return;
            }

            if (inNoteSection && classified.Kind is not (LineKind.Section or LineKind.NoteHeading or LineKind.Heading or LineKind.Chrome))
            {
                // A section that is not an area keeps all its text as notes, grade words and bullets included.
                StartParagraph(line, 0, null);
                return;
            }
            switch (classified.Kind)
            {
                case LineKind.Chrome:
                    lastUpdated ??= LinePatterns.TryLastUpdated(line.Trimmed);
                    AddLines(context.Notes, line.Number - 1, line.Number);
                    return;
                case LineKind.Ungraded:
                    if (current != null)
                    {
                        current.IsUngraded = true;
                    }

                    AddLines(context.Notes, line.Number - 1, line.Number);
                    return;
                case LineKind.Heading:
                    context.StructureLines.Add(line.Number);
                    return;
                case LineKind.NoteHeading:
                    inNoteSection = true;
                    openList = null;
                    AddLines(context.Notes, line.Number - 1, line.Number);
                    return;
                case LineKind.ListHeading:
                    openList = classified.List;
                    lastFindingTakesItems = false;
                    context.StructureLines.Add(line.Number);
                    return;
                case LineKind.ListItem:
                    ReadListItem(line, classified.TextOffset);
                    return;
                case LineKind.GradeWord:
                    ReadGradeWord(line, classified.Grade);
                    return;
                case LineKind.Section:
                    StartSection(line);
                    return;
                default:
                    // Practice is told in paragraphs, not bullets: they stay practice until the next heading.
                    if (openList != ListKind.Practice)
                    {
                        openList = null;
                    }

                    if (context.IntegratedYear != null && headline is null)
                    {
                        StartOverallSummary(line, "Overall summary");
                    }

                    StartParagraph(line, 0, openList);
                    return;
            }
        }

        /// <summary>The headline: a pillar report's headline question, an integrated report's "Overall summary" (named so where the text has no such
        /// line).</summary>
        private void StartOverallSummary(SourceLine line, string text)
        {
            headline = new SectionBuilder(0, QuestionKeys.Headline, text, line, idPrefix + "/headline");
            current = headline;
        }

        private void ReadListItem(SourceLine line, int textOffset)
        {
            if (openList is null && lastFindingTakesItems && current is { Findings.Count: > 0 })
            {
                // A list introduced by a sentence ending with ':' belongs to that finding.
                StartParagraph(line, textOffset, null);
                paragraphExtendsFinding = true;
                return;
            }
            if (openList is null && current is { Findings.Count: 0 })
            {
                // A list item straight after a question: no finding introduces it and no heading names the list.
                context.Notes.Add((line.Content.Substring(textOffset).Trim(), new SourceSpan(context.File, line.Number, line.Number)));
                Report(
                    PeelRules.TextOutsideSection,
                    TextLocations.OfContent(line),
                    "This list item follows its question directly, with no finding or list heading to belong to"
                );
                return;
            }
            StartParagraph(line, textOffset, openList);
        }

        private void StartParagraph(SourceLine line, int contentOffset, ListKind? list)
        {
            paragraph = new Paragraph(line, contentOffset);
            paragraphList = list;
            paragraphExtendsFinding = false;
            lastFindingTakesItems = false;
        }

        private void StartSection(SourceLine line)
        {
            var questionText = line.Trimmed;
            openList = null;
            lastFindingTakesItems = false;
            inNoteSection = false;
            if (context.IntegratedYear != null && headline != null && IntegratedPatterns.IsOverallSummary(questionText))
            {
                // "Overall summary" after a title page's other lines (contents, forewords): the summary goes on.
                context.StructureLines.Add(line.Number);
                current = headline;
                return;
            }
            if (headline is null)
            {
                var isHeadline = context.IntegratedYear is null || IntegratedPatterns.IsOverallSummary(questionText);
                StartOverallSummary(line, isHeadline ? questionText : "Overall summary");
                if (isHeadline)
                {
                    return;
                }
            }
            if (
                context.IntegratedYear != null
                && QuestionCatalog.Match(questionText, Pillar.Integrated, context.Year) is { } area
                && questions.FirstOrDefault(q => q.Key == area.Key) is { HasHeading: false } tabled
            )
            {
                // An area the judgments table or the opening named: its section continues it.
                tabled.OpenAt(line);
                current = tabled;
                return;
            }

            var normalized = string.Join(" ", questionText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (questionLines.TryGetValue(normalized, out var firstLine))
            {
                Report(
                    PeelRules.DuplicateQuestion,
                    TextLocations.OfContent(line),
                    questionText,
                    firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture)
                );
            }
            else
            {
                questionLines.Add(normalized, line.Number);
            }
            var known = QuestionCatalog.Match(questionText, context.Pillar, context.Year);
            var number = NumberFor(known);
            var key = known is null ? QuestionKeys.Derive(questionText, number, questionKeys) : Identifiers.Unique(known.Key, questionKeys);
            if (known is null && context.Pillar is Pillar named && named != Pillar.OtherInspections && named != Pillar.Integrated)
            {
                Report(
                    PeelRules.UnknownQuestion,
                    TextLocations.OfContent(line),
                    number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    named.ToString(),
                    key
                );
            }
            current = new SectionBuilder(number, key, questionText, line, $"{idPrefix}/q{number}");
            questions.Add(current);
        }

        /// <summary>
        /// The question set's number for a known question asked this year; otherwise (unknown, from another year, or asked
        /// twice) a number past every number the set has and every number given so far, so numbers stay unique.
        /// </summary>
        private int NumberFor(KnownQuestion? known)
        {
            var used = questions.Select(q => q.Number).DefaultIfEmpty(0).Max();
            if (known != null && QuestionCatalog.FrameworkNumber(known, context.Year) is int framework && !questions.Any(q => q.Number == framework))
            {
                return framework;
            }

            return Math.Max(used, QuestionCatalog.AskedCount(context.Pillar, context.Year)) + 1;
        }

        private void ReadGradeWord(SourceLine line, Grade grade)
        {
            lastFindingTakesItems = false;
            var source = new SourceSpan(context.File, line.Number, line.Number);
            if (current is null)
            {
                // A grade word before the headline is page chrome of the saved page, kept but not an error.
                context.Notes.Add((line.Trimmed, source));
                return;
            }
            if (current.Grade is null)
            {
                var judgment = new Finding(current.NextFindingId, FindingKind.Judgment, line.Trimmed, source);
                current.Findings.Add(judgment);
                current.SetGrade(grade, judgment, line.Number, TextLocations.OfContent(line));
                return;
            }
            if (current.Grade != grade)
            {
                judgments.Conflict(TextLocations.OfContent(line), grade, current.Grade.Value, current.GradeLine ?? line.Number);
            }

            current.Findings.Add(new Finding(current.NextFindingId, FindingKind.Finding, line.Trimmed, source));
        }

        private void FlushParagraph()
        {
            if (paragraph is null)
            {
                return;
            }

            var read = paragraph;
            paragraph = null;
            var source = new SourceSpan(context.File, read.FirstLine, read.LastLine);

            if (inNoteSection)
            {
                context.Notes.Add((read.Text, source));
                return;
            }
            if (paragraphList == ListKind.Practice && current != null)
            {
                current.Findings.Add(new Finding(current.NextFindingId, FindingKind.Practice, read.Text, source));
                return;
            }
            if (paragraphList is ListKind list && list != ListKind.Practice)
            {
                var items = lists[list];
                items.Add(new Finding($"{idPrefix}/{ListIdPart(list)}/{items.Count + 1}", FindingKind.Finding, read.Text, source));
                return;
            }
            if (current is null)
            {
                context.Notes.Add((read.Text, source));
                Report(
                    PeelRules.TextOutsideSection,
                    read.Location,
                    "This text stands before the headline question, so it belongs to no section: move it under a question or remove it"
                );
                return;
            }
            if (paragraphExtendsFinding)
            {
                var introduced = current.Findings[current.Findings.Count - 1];
                current.Findings[current.Findings.Count - 1] = introduced with
                {
                    Text = introduced.Text + "\n• " + read.Text,
                    Source = introduced.Source with { EndLine = read.LastLine },
                };
                if (current.Judgment?.Id == introduced.Id)
                {
                    current.SetGrade(current.Grade!.Value, current.Findings[current.Findings.Count - 1], current.GradeLine!.Value, current.GradeLocation!);
                }

                lastFindingTakesItems = true;
                return;
            }

            current.CarriedOverFrom ??= LinePatterns.CarriedOverFrom(read.Text);
            var id = current.NextFindingId;
            var stated = judgments.Read(read, current, current == headline, id);
            var finding = new Finding(id, stated is null ? FindingKind.Finding : FindingKind.Judgment, read.Text, source);
            current.Findings.Add(finding);
            if (stated is { } grade)
            {
                current.SetGrade(grade.Grade, finding, grade.Line, grade.Location);
            }

            lastFindingTakesItems = read.Text.EndsWith(":", StringComparison.Ordinal);
            if (context.IntegratedYear != null && current == headline)
            {
                ReadSummaryParagraph(read);
            }
        }

        private void CheckSections()
        {
            if (headline is null)
            {
                Report(PeelRules.NoQuestions, context.HeaderLine is SourceLine header ? TextLocations.OfContent(header) : TextLocations.StartOfText);
            }
            foreach (var question in questions)
            {
                var where = TextLocations.OfContent(question.Line);
                var number = question.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // An area only the judgments table names has no section of its own to hold findings (an opening copied alone).
                if (question.Findings.Count == 0 && question.HasHeading)
                {
                    Report(PeelRules.QuestionWithoutFindings, where, number, question.Text);
                }
            }
        }

        private static string ListIdPart(ListKind list) =>
            list switch
            {
                ListKind.AreasForImprovement => "afi",
                ListKind.CausesOfConcern => "coc",
                _ => "rec",
            };

        private void Report(PeelRule rule, TextLocation location, params string[] arguments) => context.Report(rule, location, arguments);

        private void AddLines(List<(string Text, SourceSpan Source)> kept, int from, int to) => context.AddLines(kept, from, to);

        private ParsedReport Result() =>
            new ParsedReport(
                context.File,
                context.Force,
                context.Year,
                context.Pillar,
                headline?.Build(context.File),
                questions.Select(question => question.Build(context.File)),
                lists[ListKind.AreasForImprovement],
                lists[ListKind.CausesOfConcern],
                lists[ListKind.Recommendations],
                context.Notes.Select((note, i) => new Finding($"{idPrefix}/note/{i + 1}", FindingKind.Note, note.Text, note.Source)),
                context.Diagnostics.OrderBy(d => d.Location.Start).ThenBy(d => d.Id, StringComparer.Ordinal),
                context.Force is null || context.HeaderLine is not SourceLine header ? null : TextLocations.OfContent(header),
                context.StructureLines,
                lastUpdated,
                context.Preamble.Select((line, i) => new Finding($"{idPrefix}/preamble/{i + 1}", FindingKind.Note, line.Text, line.Source)),
                areasAssessed,
                areasGraded,
                questions.Select(question => TextLocations.OfContent(question.Line)),
                kind,
                officialGrades
            );
    }
}
