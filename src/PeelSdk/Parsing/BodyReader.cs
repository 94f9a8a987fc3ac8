using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Reads a report's body top to bottom once its identity is known: each line classified (<see cref="LineClassifier"/>)
    /// and acted on, paragraphs joined (<see cref="Paragraph"/>), sections built (<see cref="SectionBuilder"/>), lists
    /// collected, and every grade the text states handed to <see cref="GradePrecedence"/>, which decides. Every non-blank
    /// line ends up in the model (as a finding, list item or note) or is named by a diagnostic. The machinery shared by
    /// <see cref="PillarBodyReader"/> and <see cref="IntegratedBodyReader"/>; each adds what its layout has.
    /// </summary>
    internal abstract class BodyReader
    {
        private readonly CancellationToken cancellationToken;
        private readonly List<Finding>[] lists = { new List<Finding>(), new List<Finding>(), new List<Finding>() };
        private readonly string[] listIdPrefixes;
        private readonly Dictionary<string, int> questionLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        private ListKind? openList;
        private Paragraph? paragraph;
        private ListKind? paragraphList;
        private bool previousLineBlank;
        private bool paragraphExtendsFinding;
        private bool lastFindingTakesItems;
        private DateTime? lastUpdated;

        protected BodyReader(ReadOutput output, ParsedIdentity identity, CancellationToken cancellationToken)
        {
            Output = output;
            Identity = identity;
            this.cancellationToken = cancellationToken;
            Precedence = new GradePrecedence(Report);
            listIdPrefixes = new[]
            {
                FindingIds.OfList(identity.IdPrefix, FindingIds.AreasForImprovement),
                FindingIds.OfList(identity.IdPrefix, FindingIds.CausesOfConcern),
                FindingIds.OfList(identity.IdPrefix, FindingIds.Recommendations),
            };
        }

        protected ReadOutput Output { get; }

        protected ParsedIdentity Identity { get; }

        protected GradePrecedence Precedence { get; }

        protected IReadOnlyList<SourceLine> Lines => Output.Source.Lines;

        protected string File => Output.Source.File;

        protected List<SectionBuilder> Questions { get; } = new List<SectionBuilder>();

        protected HashSet<string> UsedKeys { get; } = new HashSet<string> { QuestionKeys.Headline };

        protected SectionBuilder? Headline { get; private set; }

        protected SectionBuilder? Current { get; set; }

        /// <summary>The cycle whose area headings and note headings <see cref="LineClassifier"/> recognises; none in a pillar report.</summary>
        protected virtual int? AreaCycle => null;

        public ReportBody Read()
        {
            for (var index = Identity.BodyStart; index < Lines.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadBodyLine(Lines[index]);
            }
            FlushParagraph();
            Precedence.Resolve(Questions);
            CheckSections();
            Finish();
            return new ReportBody(
                Headline?.Build(File),
                Questions.Select(question => question.Build(File)).ToList(),
                Questions.Select(question => TextLocations.OfContent(question.Line)).ToList(),
                lists[(int)ListKind.AreasForImprovement],
                lists[(int)ListKind.CausesOfConcern],
                lists[(int)ListKind.Recommendations],
                lastUpdated,
                AreasAssessed,
                AreasGraded
            );
        }

        protected virtual int? AreasAssessed => null;

        protected virtual int? AreasGraded => null;

        /// <summary>True for a line another step has already read (an integrated report's judgments table).</summary>
        protected virtual bool IsRead(SourceLine line) => false;

        /// <summary>Checks once the whole body is read.</summary>
        protected virtual void Finish() { }

        /// <summary>A paragraph of the current section became a finding.</summary>
        protected virtual void FindingRead(Paragraph read) { }

        /// <summary>True when the current paragraph is kept as a note rather than read (a section that is not an area).</summary>
        protected virtual bool ParagraphIsNote => false;

        /// <summary>A section line (<see cref="LineKind.Section"/>): the headline first, then each core question.</summary>
        protected virtual void StartSection(SourceLine line)
        {
            if (Headline is null)
            {
                StartHeadline(line, line.Trimmed);
                return;
            }

            StartQuestion(line);
        }

        /// <summary>A line of text that starts a paragraph.</summary>
        protected virtual void StartTextParagraph(SourceLine line) => StartParagraph(line, 0, openList);

        /// <summary>Acts on one classified line; a layout handles its own kinds of line first.</summary>
        protected virtual void ReadLine(SourceLine line, ClassifiedLine classified)
        {
            switch (classified.Kind)
            {
                case LineKind.Chrome:
                    lastUpdated ??= LinePatterns.TryLastUpdated(line.Trimmed);
                    KeepAsNote(line);
                    return;
                case LineKind.Ungraded:
                    if (Current != null)
                    {
                        Current.IsUngraded = true;
                    }

                    KeepAsNote(line);
                    return;
                case LineKind.Heading:
                    Output.StructureLines.Add(line.Number);
                    return;
                case LineKind.ListHeading:
                    openList = classified.List;
                    lastFindingTakesItems = false;
                    Output.StructureLines.Add(line.Number);
                    return;
                case LineKind.ListItem:
                    ReadListItem(line, classified.TextOffset);
                    return;
                case LineKind.GradeWord:
                    ReadGradeWord(line, classified.Grade);
                    return;
                case LineKind.Section:
                    openList = null;
                    lastFindingTakesItems = false;
                    StartSection(line);
                    return;
                default:
                    // Practice is told in paragraphs, not bullets: they stay practice until the next heading.
                    if (openList != ListKind.Practice)
                    {
                        openList = null;
                    }

                    StartTextParagraph(line);
                    return;
            }
        }

        /// <summary>The headline: a pillar report's headline question, an integrated report's "Overall summary".</summary>
        protected void StartHeadline(SourceLine line, string text)
        {
            Headline = new SectionBuilder(0, QuestionKeys.Headline, text, line, FindingIds.OfQuestion(Identity.IdPrefix, 0));
            Current = Headline;
        }

        /// <summary>A core question or area with a heading of its own (PEEL006 when the report asks it twice).</summary>
        protected void StartQuestion(SourceLine line)
        {
            var questionText = line.Trimmed;
            var normalized = string.Join(" ", questionText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (questionLines.TryGetValue(normalized, out var firstLine))
            {
                Report(PeelRules.DuplicateQuestion, TextLocations.OfContent(line), questionText, Number(firstLine));
            }
            else
            {
                questionLines.Add(normalized, line.Number);
            }

            var known = QuestionCatalog.Match(questionText, Identity.Pillar, Identity.Year);
            var number = NumberFor(known);
            var key = known is null ? QuestionKeys.Derive(questionText, number, UsedKeys) : Identifiers.Unique(known.Key, UsedKeys);
            if (known is null && Identity.Pillar is Pillar named && named != Pillar.OtherInspections && named != Pillar.Integrated)
            {
                Report(PeelRules.UnknownQuestion, TextLocations.OfContent(line), Number(number), named.ToString(), key);
            }

            Current = new SectionBuilder(number, key, questionText, line, FindingIds.OfQuestion(Identity.IdPrefix, number));
            Questions.Add(Current);
        }

        /// <summary>
        /// The question set's number for a known question asked this year; otherwise (unknown, from another year, or asked
        /// twice) a number past every number the set has and every number given so far, so numbers stay unique.
        /// </summary>
        protected int NumberFor(KnownQuestion? known)
        {
            var used = Questions.Select(q => q.Number).DefaultIfEmpty(0).Max();
            if (known != null && QuestionCatalog.FrameworkNumber(known, Identity.Year) is int framework && !Questions.Any(q => q.Number == framework))
            {
                return framework;
            }

            return Math.Max(used, QuestionCatalog.AskedCount(Identity.Pillar, Identity.Year)) + 1;
        }

        protected void Report(PeelRule rule, TextLocation location, params string[] arguments) => Output.Report(rule, location, arguments);

        protected void KeepAsNote(SourceLine line) => Output.Keep(Output.Notes, line.Number - 1, line.Number);

        /// <summary>Forgets the list a heading opened: a heading that is not a list's ends it.</summary>
        protected void CloseList() => openList = null;

        protected void StartParagraph(SourceLine line, int contentOffset, ListKind? list)
        {
            paragraph = new Paragraph(line, contentOffset);
            paragraphList = list;
            paragraphExtendsFinding = false;
            lastFindingTakesItems = false;
        }

        protected static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private void ReadBodyLine(SourceLine line)
        {
            if (IsRead(line))
            {
                return;
            }

            var classified = LineClassifier.Classify(line, paragraph != null && !previousLineBlank, Headline is null, AreaCycle);
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
            // Ending a paragraph may have read the lines after it (the judgments table after "as follows:").
            if (IsRead(line))
            {
                return;
            }

            ReadLine(line, classified);
        }

        private void ReadListItem(SourceLine line, int textOffset)
        {
            if (openList is null && lastFindingTakesItems && Current is { Findings.Count: > 0 })
            {
                // A list introduced by a sentence ending with ':' belongs to that finding.
                StartParagraph(line, textOffset, null);
                paragraphExtendsFinding = true;
                return;
            }
            if (openList is null && Current is { Findings.Count: 0 })
            {
                // A list item straight after a question: no finding introduces it and no heading names the list.
                Output.Notes.Add((line.Content.Substring(textOffset).Trim(), new SourceSpan(File, line.Number, line.Number)));
                Report(
                    PeelRules.TextOutsideSection,
                    TextLocations.OfContent(line),
                    "This list item follows its question directly, with no finding or list heading to belong to"
                );
                return;
            }
            StartParagraph(line, textOffset, openList);
        }

        private void ReadGradeWord(SourceLine line, Grade grade)
        {
            lastFindingTakesItems = false;
            var source = new SourceSpan(File, line.Number, line.Number);
            if (Current is null)
            {
                // A grade word before the headline is page chrome of the saved page, kept but not an error.
                Output.Notes.Add((line.Trimmed, source));
                return;
            }

            Current.Findings.Add(new Finding(Current.NextFindingId, FindingKind.Finding, line.Trimmed, source));
            Precedence.StateInSection(Current, new GradeClaim(grade, line.Number, TextLocations.OfContent(line)), Current.Findings.Count - 1);
        }

        private void FlushParagraph()
        {
            if (paragraph is null)
            {
                return;
            }

            var read = paragraph;
            paragraph = null;
            var source = new SourceSpan(File, read.FirstLine, read.LastLine);

            if (ParagraphIsNote)
            {
                Output.Notes.Add((read.Text, source));
                return;
            }
            if (paragraphList == ListKind.Practice && Current != null)
            {
                Current.Findings.Add(new Finding(Current.NextFindingId, FindingKind.Practice, read.Text, source));
                return;
            }
            if (paragraphList is ListKind list && list != ListKind.Practice)
            {
                var items = lists[(int)list];
                items.Add(new Finding(FindingIds.At(listIdPrefixes[(int)list], items.Count), FindingKind.Finding, read.Text, source));
                return;
            }
            if (Current is null)
            {
                Output.Notes.Add((read.Text, source));
                Report(
                    PeelRules.TextOutsideSection,
                    read.Location,
                    "This text stands before the headline question, so it belongs to no section: move it under a question or remove it"
                );
                return;
            }
            if (paragraphExtendsFinding)
            {
                var introduced = Current.Findings[Current.Findings.Count - 1];
                Current.ExtendLastFinding(
                    introduced with
                    {
                        Text = introduced.Text + "\n• " + read.Text,
                        Source = introduced.Source with { EndLine = read.LastLine },
                    }
                );
                lastFindingTakesItems = true;
                return;
            }

            Current.CarriedOverFrom ??= LinePatterns.CarriedOverFrom(read.Text);
            var id = Current.NextFindingId;
            Current.Findings.Add(new Finding(id, FindingKind.Finding, read.Text, source));
            var index = Current.Findings.Count - 1;
            foreach (var (key, claim) in JudgmentReader.StatedGrades(read, Identity, Current == Headline, Report))
            {
                if (key is null)
                {
                    Precedence.StateInSection(Current, claim, index);
                }
                else
                {
                    Precedence.StateInSummary(key, claim, Current, id);
                }
            }
            lastFindingTakesItems = read.Text.EndsWith(":", StringComparison.Ordinal);
            FindingRead(read);
        }

        private void CheckSections()
        {
            if (Headline is null)
            {
                Report(PeelRules.NoQuestions, Identity.HeaderLine is SourceLine header ? TextLocations.OfContent(header) : TextLocations.StartOfText);
            }
            foreach (var question in Questions)
            {
                // An area only the judgments table names has no section of its own to hold findings (an opening copied alone).
                if (question.Findings.Count == 0 && question.HasHeading)
                {
                    Report(PeelRules.QuestionWithoutFindings, TextLocations.OfContent(question.Line), Number(question.Number), question.Text);
                }
            }
        }
    }
}
