using System.Threading;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// The body of a pillar report (2014–2018): the headline question, its summary, then the core questions with their
    /// findings and lists. The shared machinery (<see cref="BodyReader"/>) is all it needs.
    /// </summary>
    internal sealed class PillarBodyReader : BodyReader
    {
        public PillarBodyReader(ReadOutput output, ParsedIdentity identity, CancellationToken cancellationToken)
            : base(output, identity, cancellationToken) { }
    }
}
