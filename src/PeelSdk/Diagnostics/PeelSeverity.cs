namespace PeelSdk
{
    /// <summary>How serious a <see cref="PeelDiagnostic"/> is by default.</summary>
    public enum PeelSeverity
    {
        /// <summary>Worth knowing; nothing is wrong.</summary>
        Info,

        /// <summary>Suspicious; the report is still usable.</summary>
        Warning,

        /// <summary>The report is malformed.</summary>
        Error,
    }
}
