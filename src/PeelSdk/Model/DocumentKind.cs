namespace PeelSdk
{
    /// <summary>
    /// What a text is. Users' folders hold what they saved while reading: reports, but also the inspectorate's news releases
    /// about them, landing pages, letters and frameworks. Only a <see cref="Report"/> is generated as a report.
    /// </summary>
    public enum DocumentKind
    {
        /// <summary>A PEEL report: a pillar report (2014–2018) or an integrated report (2021 on), or a text that is meant to be one.</summary>
        Report,

        /// <summary>A news release about a report, or a copy of one republished elsewhere (dated, printable, hard-wrapped, with notes to editors).</summary>
        NewsRelease,

        /// <summary>A force's PEEL page, a force page or a publication landing page: it links to the report.</summary>
        LandingPage,

        /// <summary>A letter: the Chief Inspector's letter to a force, a causes-of-concern revisit letter.</summary>
        Letter,

        /// <summary>An assessment framework or a page about a PEEL cycle.</summary>
        Framework,

        /// <summary>A 2014 force overview page ("Durham 2014"), which sums up the force's pillar reports.</summary>
        ForceOverview,

        /// <summary>Part of an integrated report saved on its own (its title and HM Inspector's summary) with no area of policing in it.</summary>
        ReportExcerpt,
    }
}

namespace PeelSdk
{
    /// <summary>How each <see cref="DocumentKind"/> is named in diagnostics and by <c>peel</c>.</summary>
    public static class DocumentKinds
    {
        /// <summary>The kind in words, with its article: "a news release", "a landing page".</summary>
        public static string Describe(DocumentKind kind) =>
            kind switch
            {
                DocumentKind.NewsRelease => "a news release",
                DocumentKind.LandingPage => "a landing page",
                DocumentKind.Letter => "a letter",
                DocumentKind.Framework => "an assessment framework or cycle page",
                DocumentKind.ForceOverview => "a 2014 force overview",
                DocumentKind.ReportExcerpt => "an excerpt of a report with no area of policing",
                _ => "a report",
            };
    }
}
