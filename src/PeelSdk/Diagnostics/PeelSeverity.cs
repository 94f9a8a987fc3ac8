namespace PeelSdk
{
    /// <summary>How serious a <see cref="PeelDiagnostic"/> is by default.</summary>
#if BUILDING_SOURCE_GENERATOR
    internal
#else
    public
#endif
    enum PeelSeverity
    {
        /// <summary>Worth knowing; nothing is wrong.</summary>
        Info,

        /// <summary>Suspicious; the report is still usable.</summary>
        Warning,

        /// <summary>The report is malformed.</summary>
        Error,
    }
}
