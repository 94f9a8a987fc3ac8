using System.Collections.Generic;
using System.Linq;

namespace PeelSdk.Tests
{
    /// <summary>Compares (key, grade, finding texts) tuples by value, arrays included.</summary>
    internal sealed class TupleComparer : IEqualityComparer<(string Key, Grade? Grade, string[] Texts)>
    {
        public bool Equals((string Key, Grade? Grade, string[] Texts) x, (string Key, Grade? Grade, string[] Texts) y) =>
            x.Key == y.Key && x.Grade == y.Grade && x.Texts.SequenceEqual(y.Texts);

        public int GetHashCode((string Key, Grade? Grade, string[] Texts) obj) => obj.Key.GetHashCode();
    }
}
