using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace PeelSdk.Parsing
{
    /// <summary>What a text is, which force and cycle it is about, and the line that best names it.</summary>
    internal readonly record struct DocumentClass(DocumentKind Kind, Force? Force, int? Year, int FirstLine);

    /// <summary>
    /// Tells a report from the other pages users save beside it (news releases and their copies, landing pages, letters,
    /// frameworks, 2014 overviews, report excerpts). A report's own structure (a pillar header, an integrated opening) always
    /// makes it a report; otherwise the page's own phrases decide, and a text with none of them stays a report, so a broken
    /// report still gets its structural diagnostics. Only the first lines are read: every kind shows itself at its top.
    /// </summary>
    internal static class DocumentClassifier
    {
        private const int LinesRead = 200;

        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        public static DocumentClass Classify(IReadOnlyList<SourceLine> lines)
        {
            // A report shows its structure in its first lines: most texts are decided by one line, and no page phrase is tried.
            var read = new List<SourceLine>();
            foreach (var line in lines)
            {
                if (line.IsBlank || LinePatterns.IsChrome(line.Trimmed))
                {
                    continue;
                }

                if (IsReportStructure(line))
                {
                    return new DocumentClass(DocumentKind.Report, null, null, read.Count > 0 ? read[0].Number : line.Number);
                }

                read.Add(line);
                if (read.Count == LinesRead)
                {
                    break;
                }
            }
            if (read.Count == 0)
            {
                return new DocumentClass(DocumentKind.Report, null, null, 1);
            }

            var kind = PagePhrases.KindOf(read) ?? OverviewOrExcerpt(read);
            if (kind is not DocumentKind found)
            {
                return new DocumentClass(DocumentKind.Report, null, null, read[0].Number);
            }

            var text = string.Join("\n", read.Select(l => l.Trimmed));
            return new DocumentClass(found, NamedForce(text), PagePhrases.NamedYear(text), read[0].Number);
        }

        /// <summary>A pillar report's header, or an integrated report's "Overall summary", "Our judgments" or opening sentence.</summary>
        private static bool IsReportStructure(SourceLine line)
        {
            var trimmed = line.Trimmed;
            return LinePatterns.TryHeader(trimmed, out _, out _, out _)
                || IntegratedPatterns.IsOverallSummary(trimmed)
                || IntegratedPatterns.IsOurJudgments(trimmed)
                || IntegratedPatterns.TryOpening(trimmed, out _, out _, out _, out _);
        }

        /// <summary>
        /// A 2014 overview ("Durham 2014" with no pillar line after it), or an integrated report's title with its HM Inspector's
        /// summary and no area heading: pages whose phrases alone do not tell.
        /// </summary>
        private static DocumentKind? OverviewOrExcerpt(List<SourceLine> read)
        {
            if (
                LinePatterns.IsOverviewHeader(read[0].Trimmed)
                && ForceRegistry.Find(read[0].Trimmed.Substring(0, read[0].Trimmed.LastIndexOf(' '))) != null
                && (read.Count == 1 || !LinePatterns.TryPillar(read[1].Trimmed, out _))
            )
            {
                return DocumentKind.ForceOverview;
            }
            var titled = read.Any(line => IntegratedPatterns.TryTitle(line.Trimmed, out _, out _));
            var summary = read.Any(line => PagePhrases.InspectorSummary.IsMatch(line.Trimmed));
            var area = read.Any(line =>
                line.Trimmed.Length <= 80
                && !line.Trimmed.EndsWith(".", StringComparison.Ordinal)
                && QuestionCatalog.Match(line.Trimmed, Pillar.Integrated, null) != null
            );
            return titled && summary && !area ? DocumentKind.ReportExcerpt : null;
        }

        /// <summary>The force the page names first (full names before short ones, which other words can contain).</summary>
        private static Force? NamedForce(string text)
        {
            Force? best = null;
            var bestIndex = int.MaxValue;
            foreach (var fullNames in new[] { true, false })
            {
                foreach (var (name, force) in ForceRegistry.SearchNames.Where(n => (n.Force.FullName == n.Name) == fullNames))
                {
                    var index = IndexOfWord(text, name);
                    if (index >= 0 && index < bestIndex)
                    {
                        best = force;
                        bestIndex = index;
                    }
                }
                if (best != null)
                {
                    return best;
                }
            }
            return null;
        }

        private static int IndexOfWord(string text, string word)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    return at;
                }
            }
            return -1;
        }

        /// <summary>The phrases of pages that are not reports, built only when a text shows no report structure (most builds never need them).</summary>
        private static class PagePhrases
        {
            public static readonly Regex InspectorSummary = new Regex(@"^HM\s+Inspector[’']s\s+summary$", Options);

            // Data: the phrases each kind of page is written with (one line each), never found in a report's opening.
            private static readonly (DocumentKind Kind, Regex Phrase)[] Signals =
            {
                (DocumentKind.NewsRelease, new Regex(@"\b(?:inspectorate|HMIC|HMICFRS)\s+(?:has\s+)?said\b", Options)),
                (DocumentKind.NewsRelease, new Regex(@"\bgraded\s+.{1,120}?\s+performance\s+across\b", Options)),
                (DocumentKind.NewsRelease, new Regex(@"^Notes\s+to\s+editors\b", Options)),
                (DocumentKind.NewsRelease, new Regex(@"^Original\s+article\s+link\b", Options)),
                (DocumentKind.NewsRelease, new Regex(@"^Printable\s+version$", Options)),
                (DocumentKind.NewsRelease, new Regex(@"^date\s+\d{4}-\d\d-\d\d\b", Options)),
                (DocumentKind.NewsRelease, new Regex(@"\bInspector\s+of\s+Constabulary\b[^.:]{0,60}\bsaid\b", Options)),
                (DocumentKind.LandingPage, new Regex(@"^Read\s+the\s+report\s+online$", Options)),
                (DocumentKind.LandingPage, new Regex(@"^Download\s+the\s+report\b", Options)),
                (DocumentKind.LandingPage, new Regex(@"^Get\s+the\s+press\s+release$", Options)),
                (DocumentKind.LandingPage, new Regex(@"\bcopy\s+of\s+the\s+report\s+can\s+be\s+downloaded\b", Options)),
                (DocumentKind.LandingPage, new Regex(@"^PEEL\s+Scorecard\b", Options)),
                (DocumentKind.LandingPage, new Regex(@"\bwe\s+made\s+the\s+following\s+judge?ments:?$", Options)),
                (DocumentKind.LandingPage, new Regex(@"^Read\s+our\s+other\s+reports\s+for\b", Options)),
                (DocumentKind.LandingPage, new Regex(@"\bHMICFRS\s+policing\s+region\b", Options)),
                (DocumentKind.LandingPage, new Regex(@"\bwe\s+carried\s+out\s+a\s+PEEL\s+inspection\s+of\b", Options)),
                (DocumentKind.LandingPage, new Regex(@"^We\s+inspected\s+how\s+well\s+the\s+force\s+performed\b", Options)),
                (DocumentKind.LandingPage, new Regex(@"^This\s+report\s+sets\s+out\s+the\s+findings\s+for\b", Options)),
                (DocumentKind.Letter, new Regex(@"^Dear\s+\S.{0,60}$", Options)),
                (DocumentKind.Letter, new Regex(@"^Yours\s+(?:sincerely|faithfully)\b", Options)),
                (DocumentKind.Letter, new Regex(@"\bcauses?\s+of\s+concern\s+revisit\b", Options)),
                (DocumentKind.Framework, new Regex(@"^PEEL\s+Assessment\s+Framework\b", Options)),
                (DocumentKind.Framework, new Regex(@"\bcharacteristics\s+of\s+good\b", Options)),
                (DocumentKind.Framework, new Regex(@"^PEEL\s+assessments?\s+20\d\d", Options)),
                (DocumentKind.Framework, new Regex(@"\bThis\s+page\s+sets\s+out\s+information\s+specific\s+to\b", Options)),
                (DocumentKind.ForceOverview, new Regex(@"^Read\s+more\s+about\b", Options)),
                (DocumentKind.ForceOverview, new Regex(@"\bis\s+the\s+first\s+PEEL\s+Assessment\s+of\b", Options)),
            };

            // Ties go to the kind listed first: a letter or framework quotes release phrases more often than the other way round.
            private static readonly DocumentKind[] TieOrder =
            {
                DocumentKind.Letter,
                DocumentKind.Framework,
                DocumentKind.ForceOverview,
                DocumentKind.NewsRelease,
                DocumentKind.LandingPage,
            };

            // "PEEL 2021/22", "PEEL 2023–2025", "PEEL Assessment 2023–2025", "PEEL assessments 2021/22", "PEEL 2016".
            private static readonly Regex PeelCycle = new Regex(
                @"\bPEEL(?:\s+Assessments?(?:\s+Framework)?(?:\s+\(PAF\))?)?:?\s+(?<start>20\d\d)(?:\s*(?:/|[–—-])\s*(?<end>(?:20)?\d\d)\b)?",
                Options
            );

            // A cycle named without "PEEL": "In 2023–2025, we carried out …"; its end must be the cycle's (2021/22, 2023–25).
            private static readonly Regex BareCycle = new Regex(@"\b(?<start>20[2-9]\d)\s*(?:/|[–—])\s*(?<end>(?:20)?\d\d)\b", Options);

            public static DocumentKind? KindOf(List<SourceLine> read)
            {
                var counts = new Dictionary<DocumentKind, int>();
                foreach (var (kind, phrase) in Signals)
                {
                    if (read.Any(line => phrase.IsMatch(line.Trimmed)))
                    {
                        counts[kind] = counts.TryGetValue(kind, out var n) ? n + 1 : 1;
                    }
                }
                if (counts.Count == 0)
                {
                    return null;
                }

                var most = counts.Values.Max();
                return TieOrder.First(kind => counts.TryGetValue(kind, out var n) && n == most);
            }

            /// <summary>The year (a cycle's first year) the page names first with "PEEL", else a cycle it names on its own.</summary>
            public static int? NamedYear(string text)
            {
                var peel = PeelCycle.Match(text);
                if (peel.Success)
                {
                    return int.Parse(peel.Groups["start"].Value, CultureInfo.InvariantCulture);
                }

                foreach (Match bare in BareCycle.Matches(text))
                {
                    var start = int.Parse(bare.Groups["start"].Value, CultureInfo.InvariantCulture);
                    var end = int.Parse(bare.Groups["end"].Value, CultureInfo.InvariantCulture) % 100;
                    if (end == (start + 1) % 100 || end == (start + 2) % 100)
                    {
                        return start;
                    }
                }
                return null;
            }
        }
    }
}
