using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PeelSdk
{
    /// <summary>
    /// An immutable list compared by its items, so that records holding lists compare by value.
    /// </summary>
    /// <remarks>
    /// Internal: an implementation detail of the models, never part of the public API.
    /// The generator caches its pipeline by equality; a list compared by reference would make every
    /// re-parse look like a change.
    /// </remarks>
    internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
    {
        private readonly T[] items;

        /// <summary>The empty list.</summary>
        public static ValueList<T> Empty { get; } = new ValueList<T>(Array.Empty<T>());

        private ValueList(T[] items) => this.items = items;

        /// <summary>Copies <paramref name="source"/> into a new list (or returns it if it already is one).</summary>
        public static ValueList<T> From(IEnumerable<T>? source) => source as ValueList<T> ?? Copy(source);

        // Out of line: the decoder of generated reports only passes lists, so on a report's first use the JIT
        // compiles this one type test and none of the collection code below (it cost most of a millisecond).
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static ValueList<T> Copy(IEnumerable<T>? source)
        {
            if (source is null)
            {
                return Empty;
            }

            T[] array;
            if (source is ICollection<T> collection)
            {
                array = new T[collection.Count];
                collection.CopyTo(array, 0);
            }
            else
            {
                array = new List<T>(source).ToArray();
            }

            return array.Length == 0 ? Empty : new ValueList<T>(array);
        }

        /// <summary>A list over <paramref name="items"/> itself, for an array no one else holds (no copy; not even <see cref="Empty"/>, whose
        /// initialisation is one more step on a report's first use).</summary>
        internal static ValueList<T> Wrap(T[] items) => new ValueList<T>(items);

        /// <inheritdoc />
        public T this[int index] => items[index];

        /// <inheritdoc />
        public int Count => items.Length;

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

        /// <inheritdoc />
        public bool Equals(ValueList<T>? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other is null || other.items.Length != items.Length)
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < items.Length; i++)
            {
                if (!comparer.Equals(items[i], other.items[i]))
                {
                    return false;
                }
            }
            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                var hash = 17;
                foreach (var item in items)
                {
                    hash = hash * 31 + (item is null ? 0 : item.GetHashCode());
                }

                return hash;
            }
        }
    }
}
