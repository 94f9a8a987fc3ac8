using System;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk
{
    /// <summary>Report files and grades tables read together, as a project's AdditionalFiles are.</summary>
    public sealed class PeelFileSet
    {
        /// <summary>Creates a set.</summary>
        public PeelFileSet(IReadOnlyList<ParsedReport> reports, IReadOnlyList<GradeTable> tables)
        {
            Reports = reports;
            Tables = tables;
        }

        /// <summary>The reports, in ordinal path order, with table grades applied.</summary>
        public IReadOnlyList<ParsedReport> Reports { get; }

        /// <summary>The grades tables, in ordinal path order.</summary>
        public IReadOnlyList<GradeTable> Tables { get; }

        /// <summary>Every diagnostic of every file, file by file in ordinal path order, in text order within a file.</summary>
        public IEnumerable<PeelDiagnostic> Diagnostics =>
            Reports
                .Select(r => (r.File, r.Diagnostics))
                .Concat(Tables.Select(t => (t.File, t.Diagnostics)))
                .OrderBy(f => f.File, StringComparer.Ordinal)
                .SelectMany(f => f.Diagnostics);
    }
}
