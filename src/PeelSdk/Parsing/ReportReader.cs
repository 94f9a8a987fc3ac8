using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Reads one report text top to bottom in a single pass: header, pillar, then the headline and core
    /// questions with their findings and lists. Every non-blank line ends up in the model (as a finding, list
    /// item or note) or is named by a diagnostic.
    /// </summary>
    internal sealed partial class ReportReader
    {
        private readonly string text;
        private readonly string file;
        private readonly PeelParseOptions options;
        private readonly CancellationToken cancellationToken;
        private readonly List<SourceLine> lines;
        private readonly List<PeelDiagnostic> diagnostics = new List<PeelDiagnostic>();
        private readonly List<(string Text, SourceSpan Source)> notes = new List<(string, SourceSpan)>();
        private readonly List<(string Text, SourceSpan Source)> preamble = new List<(string, SourceSpan)>();
        private readonly Dictionary<ListKind, List<Finding>> lists = new Dictionary<ListKind, List<Finding>>
        {
            [ListKind.AreasForImprovement] = new List<Finding>(),
            [ListKind.CausesOfConcern] = new List<Finding>(),
            [ListKind.Recommendations] = new List<Finding>(),
        };
        private readonly List<SectionBuilder> questions = new List<SectionBuilder>();
        private readonly HashSet<string> questionKeys = new HashSet<string> { QuestionKeys.Headline };
        private readonly Dictionary<string, int> questionLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly List<int> structureLines = new List<int>();

        private Force? force;
        private int? year;
        private Pillar? pillar;
        private string idPrefix = "report";
        private SourceLine? headerLine;
        private SectionBuilder? headline;
        private SectionBuilder? current;
        private ListKind? openList;
        private Paragraph? paragraph;
        private ListKind? paragraphList;
        private bool previousLineBlank;
        private bool paragraphExtendsFinding;
        private bool lastFindingTakesItems;
        private DateTime? lastUpdated;
        private JudgementPass judgements = null!;

        public ReportReader(string text, string file, PeelParseOptions options, CancellationToken cancellationToken)
        {
            this.text = text;
            this.file = file;
            this.options = options;
            this.cancellationToken = cancellationToken;
            lines = SourceLine.Split(text);
        }

        public ParsedReport Read()
        {
            var nul = text.IndexOf('\0');
            if (nul >= 0)
            {
                Report(PeelRules.NotText, TextLocations.At(text, nul, 1), "contains NUL characters, so it is not a text file: save the page as plain UTF-8 text");
                return Result();
            }
            // The compiler (and peel) decode bytes that are not UTF-8 as U+FFFD; the first one is where the bad byte was.
            var undecodable = text.IndexOf('\uFFFD');
            if (undecodable >= 0)
            {
                Report(PeelRules.NotText, TextLocations.At(text, undecodable, 1), "is not UTF-8 text: a byte here could not be decoded; save the page as UTF-8");
                return Result();
            }
            if (lines.All(line => line.IsBlank))
            {
                Report(PeelRules.NotText, TextLocations.StartOfText, "is empty: it needs at least a header, a pillar and a question");
                return Result();
            }

            var index = ReadIntegratedIdentity() ?? ReadPillar(ReadHeader());
            idPrefix = force is null || year is null
                ? "report"
                : $"{force.Slug}-{year.Value}-{(pillar is null ? "report" : pillar.Value.ToString().ToLowerInvariant())}";
            judgements = new JudgementPass(force, pillar, year, Report);
            for (; index < lines.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadBodyLine(lines[index]);
            }
            FlushParagraph();
            judgements.Resolve(headline, questions);
            CheckSections();
            if (integratedYear != null) CheckIntegratedSummary();
            return Result();
        }

        /// <summary>Finds the header, keeping whatever page chrome or banners stand before it as notes.</summary>
        private int ReadHeader()
        {
            var firstContent = -1;
            for (var i = 0; i < lines.Count; i++)
            {
                var trimmed = lines[i].Trimmed;
                if (trimmed.Length == 0) continue;
                if (LinePatterns.TryHeader(trimmed, out var name, out var headerYear, out var yearIndex))
                {
                    AddLines(preamble, 0, i);
                    headerLine = lines[i];
                    structureLines.Add(lines[i].Number);
                    year = headerYear;
                    force = ForceRegistry.Find(name) ?? UnknownForce(TextLocations.InLine(lines[i], lines[i].ContentStart, name.Length), name);
                    CheckYear(lines[i], lines[i].ContentStart + yearIndex);
                    return i + 1;
                }
                if (LinePatterns.IsHeadline(trimmed)) break;
                if (firstContent < 0 && !LinePatterns.IsChrome(trimmed)) firstContent = i;
            }

            // No header: blame the line that stands where it should; if that is already the headline, keep it for the body.
            var blamed = firstContent >= 0 ? firstContent : lines.FindIndex(line => !line.IsBlank && !LinePatterns.IsChrome(line.Trimmed));
            if (blamed < 0) blamed = lines.FindIndex(line => !line.IsBlank);
            var overview = LinePatterns.IsOverviewHeader(lines[blamed].Trimmed)
                ? ": it is the header of a 2014 force overview page, which is not a pillar report; save the force's pillar pages (Effectiveness, Efficiency, Legitimacy) instead"
                : string.Empty;
            Report(PeelRules.InvalidHeader, TextLocations.OfContent(lines[blamed]), lines[blamed].Trimmed, overview);
            headerLine = lines[blamed];
            var consumed = !LinePatterns.IsHeadline(lines[blamed].Trimmed);
            AddLines(preamble, 0, blamed);
            if (consumed) AddLines(notes, blamed, blamed + 1);
            return consumed ? blamed + 1 : blamed;
        }

        private int ReadPillar(int index)
        {
            while (index < lines.Count && (lines[index].IsBlank || LinePatterns.IsChrome(lines[index].Trimmed)))
            {
                AddLines(notes, index, index + 1);
                index++;
            }
            if (index >= lines.Count)
            {
                Report(PeelRules.InvalidPillar, EndOf(headerLine), "the end of the file", string.Empty);
                return index;
            }

            var line = lines[index];
            var trimmed = line.Trimmed;
            if (LinePatterns.TryPillar(trimmed, out var found))
            {
                pillar = found;
                structureLines.Add(line.Number);
                return index + 1;
            }

            // Pages of 2017-2018 name no pillar; their headline says which it is.
            if (force != null && LinePatterns.IsHeadline(trimmed) && LinePatterns.PillarOfHeadline(trimmed) is Pillar inferred)
            {
                pillar = inferred;
                Report(PeelRules.PillarInferred, TextLocations.OfContent(line), inferred.ToString());
                return index;
            }

            var nearest = trimmed.IndexOf(' ') < 0 ? EditDistance.Nearest(trimmed, Enum.GetNames(typeof(Pillar))) : null;
            Report(PeelRules.InvalidPillar, TextLocations.OfContent(line), trimmed, nearest is null ? string.Empty : $"; did you mean '{nearest}'?");
            if (LinePatterns.IsHeadline(trimmed)) return index;
            AddLines(notes, index, index + 1);
            return index + 1;
        }

        private void ReadBodyLine(SourceLine line)
        {
            // Lines of the judgments table are already read.
            if (line.Number <= tableEnd) return;
            var classified = LineClassifier.Classify(line, paragraph != null && !previousLineBlank, headline is null, integratedYear);
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
            if (line.Number <= tableEnd) return;
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
                    AddLines(notes, line.Number - 1, line.Number);
                    return;
                case LineKind.Ungraded:
                    if (current != null) current.IsUngraded = true;
                    AddLines(notes, line.Number - 1, line.Number);
                    return;
                case LineKind.Heading:
                    structureLines.Add(line.Number);
                    return;
                case LineKind.NoteHeading:
                    inNoteSection = true;
                    openList = null;
                    AddLines(notes, line.Number - 1, line.Number);
                    return;
                case LineKind.ListHeading:
                    openList = classified.List;
                    lastFindingTakesItems = false;
                    structureLines.Add(line.Number);
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
                    if (openList != ListKind.Practice) openList = null;
                    if (integratedYear != null && headline is null) StartOverallSummary(line, "Overall summary");
                    StartParagraph(line, 0, openList);
                    return;
            }
        }

        /// <summary>The headline: a pillar report's headline question, an integrated report's "Overall summary" (named so where the text has no such line).</summary>
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
                notes.Add((line.Content.Substring(textOffset).Trim(), new SourceSpan(file, line.Number, line.Number)));
                Report(PeelRules.TextOutsideSection, TextLocations.OfContent(line), "This list item follows its question directly, with no finding or list heading to belong to");
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
            if (integratedYear != null && headline != null && IntegratedPatterns.IsOverallSummary(questionText))
            {
                // "Overall summary" after a title page's other lines (contents, forewords): the summary goes on.
                structureLines.Add(line.Number);
                current = headline;
                return;
            }
            if (headline is null)
            {
                var isHeadline = integratedYear is null || IntegratedPatterns.IsOverallSummary(questionText);
                StartOverallSummary(line, isHeadline ? questionText : "Overall summary");
                if (isHeadline) return;
            }
            if (integratedYear != null && QuestionCatalog.Match(questionText, Pillar.Integrated, year) is { } area && questions.FirstOrDefault(q => q.Key == area.Key) is { HasHeading: false } tabled)
            {
                // An area the judgments table or the opening named: its section continues it.
                tabled.OpenAt(line);
                current = tabled;
                return;
            }

            var normalized = string.Join(" ", questionText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (questionLines.TryGetValue(normalized, out var firstLine))
            {
                Report(PeelRules.DuplicateQuestion, TextLocations.OfContent(line), questionText, firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                questionLines.Add(normalized, line.Number);
            }
            var known = QuestionCatalog.Match(questionText, pillar, year);
            var number = NumberFor(known);
            var key = known is null ? QuestionKeys.Derive(questionText, number, questionKeys) : Identifiers.Unique(known.Key, questionKeys);
            if (known is null && pillar is Pillar named && named != Pillar.OtherInspections && named != Pillar.Integrated)
            {
                Report(PeelRules.UnknownQuestion, TextLocations.OfContent(line), number.ToString(System.Globalization.CultureInfo.InvariantCulture), named.ToString(), key);
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
            if (known != null && QuestionCatalog.FrameworkNumber(known, year) is int framework && !questions.Any(q => q.Number == framework)) return framework;
            return Math.Max(used, QuestionCatalog.AskedCount(pillar, year)) + 1;
        }

        private void ReadGradeWord(SourceLine line, Grade grade)
        {
            lastFindingTakesItems = false;
            var source = new SourceSpan(file, line.Number, line.Number);
            if (current is null)
            {
                // A grade word before the headline is page chrome of the saved page, kept but not an error.
                notes.Add((line.Trimmed, source));
                return;
            }
            if (current.Grade is null)
            {
                var judgement = new Finding(current.NextFindingId, FindingKind.Judgement, line.Trimmed, source);
                current.Findings.Add(judgement);
                current.SetGrade(grade, judgement, line.Number, TextLocations.OfContent(line));
                return;
            }
            if (current.Grade != grade) judgements.Conflict(TextLocations.OfContent(line), grade, current.Grade.Value, current.GradeLine ?? line.Number);
            current.Findings.Add(new Finding(current.NextFindingId, FindingKind.Finding, line.Trimmed, source));
        }

        private void FlushParagraph()
        {
            if (paragraph is null) return;
            var read = paragraph;
            paragraph = null;
            var source = new SourceSpan(file, read.FirstLine, read.LastLine);

            if (inNoteSection)
            {
                notes.Add((read.Text, source));
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
                notes.Add((read.Text, source));
                Report(PeelRules.TextOutsideSection, read.Location, "This text stands before the headline question, so it belongs to no section: move it under a question or remove it");
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
                if (current.Judgement?.Id == introduced.Id) current.SetGrade(current.Grade!.Value, current.Findings[current.Findings.Count - 1], current.GradeLine!.Value, current.GradeLocation!);
                lastFindingTakesItems = true;
                return;
            }

            current.CarriedOverFrom ??= LinePatterns.CarriedOverFrom(read.Text);
            var id = current.NextFindingId;
            var stated = judgements.Read(read, current, current == headline, id);
            var finding = new Finding(id, stated is null ? FindingKind.Finding : FindingKind.Judgement, read.Text, source);
            current.Findings.Add(finding);
            if (stated is { } grade) current.SetGrade(grade.Grade, finding, grade.Line, grade.Location);
            lastFindingTakesItems = read.Text.EndsWith(":", StringComparison.Ordinal);
            if (integratedYear != null && current == headline) ReadSummaryParagraph(read, finding);
        }

        private void CheckSections()
        {
            if (headline is null)
            {
                Report(PeelRules.NoQuestions, headerLine is SourceLine header ? TextLocations.OfContent(header) : TextLocations.StartOfText);
            }
            foreach (var question in questions)
            {
                var where = TextLocations.OfContent(question.Line);
                var number = question.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // An area only the judgments table names has no section of its own to hold findings (an opening copied alone).
                if (question.Findings.Count == 0 && question.HasHeading) Report(PeelRules.QuestionWithoutFindings, where, number, question.Text);
            }
        }

        private Force UnknownForce(TextLocation where, string name)
        {
            var nearest = ForceRegistry.Nearest(name);
            Report(PeelRules.UnknownForce, where, name, nearest is null ? string.Empty : $"; did you mean '{nearest.Name}'?");
            return new Force(name, ForceNames.FindFullName(text, name), Force.ToSlug(name));
        }

        private void CheckYear(SourceLine header, int yearOffset)
        {
            var problem = year < PeelRules.FirstPeelYear
                ? $"before {PeelRules.FirstPeelYear}, the first PEEL year"
                : year > options.CurrentYear + 1 ? $"after next year ({options.CurrentYear + 1})" : null;
            if (problem != null) Report(PeelRules.YearOutOfRange, TextLocations.InLine(header, yearOffset, 4), year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), problem);
        }

        private static string ListIdPart(ListKind list) => list switch
        {
            ListKind.AreasForImprovement => "afi",
            ListKind.CausesOfConcern => "coc",
            _ => "rec",
        };

        private void AddLines(List<(string Text, SourceSpan Source)> kept, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (!lines[i].IsBlank) kept.Add((lines[i].Trimmed, new SourceSpan(file, lines[i].Number, lines[i].Number)));
            }
        }

        private void Report(PeelRule rule, TextLocation location, params string[] arguments)
        {
            // Without a header the text is most likely not a PEEL report at all (an overview page, a stray file):
            // a missing pillar, missing questions and text outside sections would only repeat PEEL001. The text is still kept as notes.
            if (force is null && (rule == PeelRules.InvalidPillar || rule == PeelRules.NoQuestions || rule == PeelRules.TextOutsideSection)) return;
            diagnostics.Add(new PeelDiagnostic(rule, file, location, arguments));
        }

        private static TextLocation EndOf(SourceLine? line) =>
            line is SourceLine known ? TextLocations.InLine(known, known.Content.TrimEnd().Length, 0) : TextLocations.StartOfText;

        private ParsedReport Result() => new ParsedReport(
            file,
            force,
            year,
            pillar,
            headline?.Build(file),
            questions.Select(question => question.Build(file)),
            lists[ListKind.AreasForImprovement],
            lists[ListKind.CausesOfConcern],
            lists[ListKind.Recommendations],
            notes.Select((note, i) => new Finding($"{idPrefix}/note/{i + 1}", FindingKind.Note, note.Text, note.Source)),
            diagnostics.OrderBy(d => d.Location.Start).ThenBy(d => d.Id, StringComparer.Ordinal),
            force is null || headerLine is not SourceLine header ? null : TextLocations.OfContent(header),
            structureLines,
            lastUpdated,
            preamble.Select((line, i) => new Finding($"{idPrefix}/preamble/{i + 1}", FindingKind.Note, line.Text, line.Source)),
            areasAssessed,
            areasGraded,
            questions.Select(question => TextLocations.OfContent(question.Line)));
    }
}
