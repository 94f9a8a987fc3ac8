namespace PeelSdk
{
    /// <summary>The rule ids as constants (the compiler's release tracking needs them constant).</summary>
    public static class PeelRuleIds
    {
        /// <summary>PEEL001.</summary>
        public const string InvalidHeader = "PEEL001";

        /// <summary>PEEL002.</summary>
        public const string InvalidPillar = "PEEL002";

        /// <summary>PEEL003.</summary>
        public const string NoQuestions = "PEEL003";

        /// <summary>PEEL004.</summary>
        public const string QuestionWithoutFindings = "PEEL004";

        /// <summary>PEEL005.</summary>
        public const string DuplicateReport = "PEEL005";

        /// <summary>PEEL006.</summary>
        public const string DuplicateQuestion = "PEEL006";

        /// <summary>PEEL007.</summary>
        public const string JudgmentNamesOtherForce = "PEEL007";

        /// <summary>PEEL008.</summary>
        public const string ConflictingJudgments = "PEEL008";

        /// <summary>PEEL009.</summary>
        public const string NoGradeStated = "PEEL009";

        /// <summary>PEEL010.</summary>
        public const string TextOutsideSection = "PEEL010";

        /// <summary>PEEL011.</summary>
        public const string NotText = "PEEL011";

        /// <summary>PEEL012.</summary>
        public const string YearOutOfRange = "PEEL012";

        /// <summary>PEEL013.</summary>
        public const string UnknownForce = "PEEL013";

        /// <summary>PEEL014.</summary>
        public const string GradeDisagreesWithTable = "PEEL014";

        /// <summary>PEEL015.</summary>
        public const string UnknownQuestion = "PEEL015";

        /// <summary>PEEL016.</summary>
        public const string PillarInferred = "PEEL016";

        /// <summary>PEEL017.</summary>
        public const string InvalidGradeRow = "PEEL017";

        /// <summary>PEEL018: counts an integrated report states disagree with its text.</summary>
        public const string AreaCountsDisagree = "PEEL018";

        /// <summary>PEEL019: an area's section disagrees with the judgments table.</summary>
        public const string TableDisagreesWithSection = "PEEL019";

        /// <summary>PEEL020: an 'awarded no … grades' sentence disagrees with the grades.</summary>
        public const string SummaryDisagreesWithGrades = "PEEL020";

        /// <summary>PEEL021: an integrated report's force or cycle is read from its opening or file name.</summary>
        public const string IdentityInferred = "PEEL021";

        /// <summary>PEEL022: a page about a report, not a report.</summary>
        public const string NotAReport = "PEEL022";

        /// <summary>PEEL023: an official grade names a question its year or cycle does not have.</summary>
        public const string UnknownOfficialQuestion = "PEEL023";

        /// <summary>PEEL024: an area graded officially but not in the report's text.</summary>
        public const string AreaOnlyInOfficialGrades = "PEEL024";

        /// <summary>PEEL025: a news release's counts disagree with the report's grades.</summary>
        public const string ReleaseCountsDisagree = "PEEL025";

        /// <summary>PEEL100.</summary>
        public const string RuntimeNotReferenced = "PEEL100";

        /// <summary>PEEL101.</summary>
        public const string InvalidNamespace = "PEEL101";

        /// <summary>PEEL102.</summary>
        public const string TextNeedsUtf8Data = "PEEL102";

        /// <summary>PEEL103.</summary>
        public const string InvalidStringDataLimit = "PEEL103";
    }
}
