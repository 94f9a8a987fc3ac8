using System;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk
{
    /// <summary>
    /// Everything the parser read from one report text, including what it could not make sense of:
    /// header parts are <see langword="null"/> where missing, and <see cref="Diagnostics"/> says why.
    /// </summary>
    /// <remarks>Compared by value, so the generator can cache it.</remarks>
    public sealed record ParsedReport
    {
        /// <summary>Creates a parse result.</summary>
        internal ParsedReport(
            string file,
            Force? force,
            int? year,
            Pillar? pillar,
            Question? headline,
            IEnumerable<Question> questions,
            IEnumerable<Finding> areasForImprovement,
            IEnumerable<Finding> causesOfConcern,
            IEnumerable<Finding> recommendations,
            IEnumerable<Finding> notes,
            IEnumerable<PeelDiagnostic> diagnostics,
            TextLocation? headerLocation = null,
            IEnumerable<int>? structureLines = null,
            DateTime? lastUpdated = null,
            IEnumerable<Finding>? preamble = null,
            int? areasAssessed = null,
            int? areasGraded = null,
            IEnumerable<TextLocation>? questionLocations = null,
            DocumentKind kind = DocumentKind.Report,
            GradeTable? officialGrades = null
        )
        {
            Kind = kind;
            OfficialGrades = officialGrades;
            QuestionLocations = ValueList<TextLocation>.From(questionLocations);
            AreasAssessed = areasAssessed;
            AreasGraded = areasGraded;
            LastUpdated = lastUpdated;
            Preamble = ValueList<Finding>.From(preamble);
            HeaderLocation = headerLocation;
            StructureLines = ValueList<int>.From(structureLines);
            File = file;
            Force = force;
            Year = year;
            Pillar = pillar;
            Headline = headline;
            Questions = ValueList<Question>.From(questions);
            AreasForImprovement = ValueList<Finding>.From(areasForImprovement);
            CausesOfConcern = ValueList<Finding>.From(causesOfConcern);
            Recommendations = ValueList<Finding>.From(recommendations);
            Notes = ValueList<Finding>.From(notes);
            Diagnostics = ValueList<PeelDiagnostic>.From(diagnostics);
        }

        /// <summary>What the text is: only a <see cref="DocumentKind.Report"/> is typed; any other page is kept as notes.</summary>
        public DocumentKind Kind { get; }

        /// <summary>
        /// For a news release, the grades it states about its report's areas and its counts of areas per grade, which grade that
        /// report where its own text states none; <see langword="null"/> for any other text.
        /// </summary>
        public GradeTable? OfficialGrades { get; }

        /// <summary>The report file as given to the parser.</summary>
        public string File { get; }

        /// <summary>A result with nothing read but one PEEL011 diagnostic: the file is empty, unreadable or not text.</summary>
        public static ParsedReport NotText(string file, TextLocation location, string reason) =>
            new ParsedReport(
                file,
                null,
                null,
                null,
                null,
                ValueList<Question>.Empty,
                ValueList<Finding>.Empty,
                ValueList<Finding>.Empty,
                ValueList<Finding>.Empty,
                ValueList<Finding>.Empty,
                new[] { new PeelDiagnostic(PeelRules.NotText, file, location, new[] { reason }) }
            );

        /// <summary>Where the header line stands, when there is one.</summary>
        public TextLocation? HeaderLocation { get; }

        /// <summary>Where each core question's line stands, in the order of <see cref="Questions"/> (what diagnostics about a question point at).</summary>
        public IReadOnlyList<TextLocation> QuestionLocations { get; }

        /// <summary>The page's "Last updated" date, or <see langword="null"/>.</summary>
        public DateTime? LastUpdated { get; }

        /// <summary>What the saved page has before the header: "Skip to content", site banners, language switchers.</summary>
        public IReadOnlyList<Finding> Preamble { get; }

        /// <summary>Lines read as structure rather than content: the header, the pillar and list headings.</summary>
        public IReadOnlyList<int> StructureLines { get; }

        /// <summary>A copy with <paramref name="more"/> diagnostics merged in text order (PEEL005 is found across files).</summary>
        public ParsedReport WithDiagnostics(IEnumerable<PeelDiagnostic> more) => With(Headline, Questions, Diagnostics.Concat(more));

        /// <summary>A copy with other questions and diagnostics (put in text order): what grades tables and cross-file checks change.</summary>
        internal ParsedReport With(Question? headline, IEnumerable<Question> questions, IEnumerable<PeelDiagnostic> diagnostics) =>
            new ParsedReport(
                File,
                Force,
                Year,
                Pillar,
                headline,
                questions,
                AreasForImprovement,
                CausesOfConcern,
                Recommendations,
                Notes,
                diagnostics.OrderBy(d => d.Location.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal),
                HeaderLocation,
                StructureLines,
                LastUpdated,
                Preamble,
                AreasAssessed,
                AreasGraded,
                QuestionLocations,
                Kind,
                OfficialGrades
            );

        /// <summary>An integrated report's "in N areas of policing", or <see langword="null"/>.</summary>
        public int? AreasAssessed { get; }

        /// <summary>An integrated report's "graded judgments in M of these", or <see langword="null"/>.</summary>
        public int? AreasGraded { get; }

        /// <summary>The force named by the header (for a page that is not a report, the force it is about), or <see langword="null"/>.</summary>
        public Force? Force { get; }

        /// <summary>The year named by the header (an integrated report's cycle's first year; for another page, the one it is about), or
        /// <see langword="null"/>.</summary>
        public int? Year { get; }

        /// <summary>The inspection cycle ("2015", "2021/22", "2023–25"), or <see langword="null"/> without a year.</summary>
        public string? Cycle => Year is int year ? PeelCycles.NameOf(year) : null;

        /// <summary>The scale the report's grades are given on, or <see langword="null"/> without a year.</summary>
        public GradeScale? GradeScale => Year is int year ? PeelCycles.ScaleOf(year) : (GradeScale?)null;

        /// <summary>The pillar, or <see langword="null"/>.</summary>
        public Pillar? Pillar { get; }

        /// <summary>The headline question, or <see langword="null"/>.</summary>
        public Question? Headline { get; }

        /// <summary>The core questions.</summary>
        public IReadOnlyList<Question> Questions { get; }

        /// <summary>Areas for improvement.</summary>
        public IReadOnlyList<Finding> AreasForImprovement { get; }

        /// <summary>Causes of concern.</summary>
        public IReadOnlyList<Finding> CausesOfConcern { get; }

        /// <summary>Recommendations.</summary>
        public IReadOnlyList<Finding> Recommendations { get; }

        /// <summary>Notes: page chrome and text outside any section.</summary>
        public IReadOnlyList<Finding> Notes { get; }

        /// <summary>What is wrong or worth knowing about the text, in text order.</summary>
        public IReadOnlyList<PeelDiagnostic> Diagnostics { get; }

        /// <summary>True when the text is a report and its force, year, pillar and headline are all known, so it can be typed.</summary>
        public bool IsComplete => Kind == DocumentKind.Report && Force != null && Year != null && Pillar != null && Headline != null;

        /// <summary>True if any diagnostic is an error.</summary>
        public bool HasErrors => Diagnostics.Any(d => d.Severity == PeelSeverity.Error);

        /// <summary>
        /// The typed report, or <see langword="null"/> when the force, year, pillar or headline is missing
        /// (the diagnostics say which).
        /// </summary>
        public PeelReport? ToReport() =>
            !IsComplete
                ? null
                : new PeelReport(
                    Force!,
                    Year!.Value,
                    Pillar!.Value,
                    Headline!,
                    Questions,
                    AreasForImprovement,
                    CausesOfConcern,
                    Recommendations,
                    Notes,
                    File,
                    LastUpdated,
                    Preamble,
                    AreasAssessed,
                    AreasGraded
                );
    }
}
