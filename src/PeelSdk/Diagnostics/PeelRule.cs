namespace PeelSdk
{
    /// <summary>A diagnostic rule: the same data feeds the compiler's descriptors, <c>peel check</c> and run-time parsing.</summary>
    /// <param name="Id">The id, e.g. <c>PEEL001</c>.</param>
    /// <param name="Title">A short title.</param>
    /// <param name="MessageFormat">The message, with <c>{0}</c>-style placeholders.</param>
    /// <param name="Category"><c>PeelSdk.Structure</c>, <c>PeelSdk.Grades</c> or <c>PeelSdk.Setup</c>.</param>
    /// <param name="Severity">The default severity.</param>
    public sealed record PeelRule(string Id, string Title, string MessageFormat, string Category, PeelSeverity Severity)
    {
        /// <summary>Where the rule is explained, with a bad and a fixed example.</summary>
        public string HelpLink => PeelRules.HelpLink(Id);
    }
}
