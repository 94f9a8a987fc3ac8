using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PeelSdk
{
    /// <summary>
    /// Walks folders for report files without ever looping: a directory is entered once by its real path (every symbolic
    /// link resolved), a file is listed once under the first of its paths in ordinal order, and a broken or looping link is
    /// skipped with a warning instead of an exception.
    /// </summary>
    internal static class FolderWalk
    {
        // Linux allows 40 links in one lookup (ELOOP past that); more is a loop.
        private const int MaxLinkHops = 40;

        // FileSystemInfo.LinkTarget exists from .NET 6; this library targets netstandard2.0, so it is looked up once. Where
        // the runtime lacks it, links cannot be resolved and directory links are not followed at all.
        private static readonly PropertyInfo? LinkTargetProperty = typeof(FileSystemInfo).GetProperty("LinkTarget");

        public static IReadOnlyList<string> Find(IEnumerable<string> paths, Func<string, bool> wanted, Action<string>? warning)
        {
            var found = new List<(string Path, string Real)>();
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                // File.Exists is true for a broken link itself, so links are resolved first.
                if (LinkTarget(path) is string target && RealPath(path) is null)
                {
                    throw new FileNotFoundException($"No such file or folder: {path} (a symbolic link to '{target}', which does not exist or loops)", path);
                }

                if (File.Exists(path))
                {
                    found.Add((path, RealPath(path) ?? Path.GetFullPath(path)));
                }
                else if (Directory.Exists(path) && RealPath(path) is string real)
                {
                    Walk(path, real, wanted, warning, visited, found);
                }
                else
                {
                    throw new FileNotFoundException($"No such file or folder: {path}", path);
                }
            }
            // Each real file once, under the first of its paths in ordinal order.
            var listed = new HashSet<string>(StringComparer.Ordinal);
            return found.OrderBy(f => f.Path, StringComparer.Ordinal).Where(f => listed.Add(f.Real)).Select(f => f.Path).ToList();
        }

        // real: the folder's real path. An entry that is not a link is its folder's real path and its own name, so only links are resolved.
        private static void Walk(
            string directory,
            string real,
            Func<string, bool> wanted,
            Action<string>? warning,
            HashSet<string> visited,
            List<(string, string)> found
        )
        {
            if (!visited.Add(real))
            {
                return;
            }

            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(directory);
            }
            catch (Exception unreadable) when (unreadable is IOException || unreadable is UnauthorizedAccessException)
            {
                warning?.Invoke($"skipped {directory}: {unreadable.Message}");
                return;
            }
            Array.Sort(entries, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var entryReal = Path.Combine(real, Path.GetFileName(entry));
                if ((new FileInfo(entry).Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    if (LinkTargetProperty is null)
                    {
                        // Unresolvable here: a file link is kept under its own path; a folder link might loop, so it is not entered.
                        if (Directory.Exists(entry))
                        {
                            warning?.Invoke($"skipped {entry}: a directory link, which this runtime cannot resolve");
                            continue;
                        }
                    }
                    else if (RealPath(entry) is string resolved)
                    {
                        entryReal = resolved;
                    }
                    else
                    {
                        warning?.Invoke($"skipped {entry}: a symbolic link that is broken or loops");
                        continue;
                    }
                }
                if (Directory.Exists(entryReal))
                {
                    Walk(entry, entryReal, wanted, warning, visited, found);
                }
                else if (wanted(entry))
                {
                    found.Add((entry, entryReal));
                }
            }
        }

        /// <summary>The target a symbolic link names, or <see langword="null"/> for anything else.</summary>
        private static string? LinkTarget(string path) => LinkTargetProperty?.GetValue(new FileInfo(path)) as string;

        /// <summary>
        /// <paramref name="path"/> with every symbolic link in it resolved, component by component as the operating system
        /// does, or <see langword="null"/> if a link in it is broken or the links loop.
        /// </summary>
        public static string? RealPath(string path)
        {
            var full = Path.GetFullPath(path);
            var current = Path.GetPathRoot(full)!;
            var pending = new Stack<string>(Components(full.Substring(current.Length)).Reverse());
            var hops = 0;
            while (pending.Count > 0)
            {
                var part = pending.Pop();
                if (part == ".")
                {
                    continue;
                }

                if (part == "..")
                {
                    current = Path.GetDirectoryName(current) ?? current;
                    continue;
                }
                var next = Path.Combine(current, part);
                if (!(LinkTarget(next) is string target))
                {
                    current = next;
                    continue;
                }
                if (++hops > MaxLinkHops)
                {
                    return null;
                }

                if (Path.IsPathRooted(target))
                {
                    current = Path.GetPathRoot(target)!;
                }

                foreach (var component in Components(Path.IsPathRooted(target) ? target.Substring(current.Length) : target).Reverse())
                {
                    pending.Push(component);
                }
            }
            return File.Exists(current) || Directory.Exists(current) ? current : null;
        }

        private static IEnumerable<string> Components(string path) =>
            path.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
    }
}
