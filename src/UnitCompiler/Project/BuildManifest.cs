using System.Globalization;
using UnitCompiler.Render;
using UnitCompiler.Text;

namespace UnitCompiler.Project;

/// <summary>
/// The record an incremental build keeps in the output folder (<c>.unitc-build</c>), as MSBuild and
/// ninja do: for each spec built cleanly, the hash of its bytes and the size and last-write time
/// of every document made from it. A unit whose spec hash is unchanged and whose documents are all
/// still as recorded is skipped without parsing or rendering. The whole record belongs to one key
/// (tool version and build, template set, formats): any change there and every unit renders again.
/// Units that had any diagnostic are not recorded, so their warnings are reported on every build.
/// A missing, unreadable or malformed record is ignored (a full build), and it is written atomically.
/// <para>
/// The old record is read and the new one written in step with the build, as a merge: the record is
/// in order of spec path, the build goes through its specs in that order a window at a time, and
/// <see cref="Flush"/> writes out everything up to the window's last spec. So the build holds the
/// entries of one window, not of the catalogue: at ten thousand units the whole record in memory
/// was most of what the build's peak memory grew by. A spec whose outcome comes later (a
/// qualification, built after the units) is <see cref="Hold">held</see>; an entry that arrives
/// after the writer has passed its place is merged in by a second pass over the new record at
/// <see cref="Save"/>.
/// </para>
/// </summary>
public sealed class BuildManifest : IDisposable
{
    public const string FileName = ".unitc-build";

    /// <summary>How many old entries <see cref="Save"/> reads ahead at a time while copying the rest of the record.</summary>
    private const int CopyBatch = 1024;

    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, Slot> _pending = new(StringComparer.Ordinal);
    private readonly DocumentNames _names = new();
    private readonly BuildRecordReader _old;
    private readonly BuildRecordWriter? _new;
    private (string Spec, BuildRecordEntry Entry)? _ahead;
    private string? _written;
    private int _skipped;

    private BuildManifest(string path, string key, bool write)
    {
        Path = path;
        Key = key;
        _old = BuildRecordReader.Open(path, key, _names);
        _new = write ? BuildRecordWriter.Create(path, key) : null;
    }

    public string Path { get; }

    public string Key { get; }

    /// <summary>Units skipped so far because their documents were current.</summary>
    public int Skipped => _skipped;

    /// <summary>
    /// The build of the code that renders, as the size and last-write time of the file it was loaded
    /// from (the native binary, or UnitCompiler.dll on the JIT): a rebuilt or reinstalled tool, even at
    /// the same version number, is another. Not the module id and version attribute: reading those
    /// started the reflection machinery in the native binary, a millisecond of every run.
    /// </summary>
    public static string ToolVersion { get; } = ComputeToolVersion();

    /// <remarks>A print confidence other than the default is part of the key: documents built at another one print other alignments.</remarks>
    public static string ComputeKey(string toolVersion, TemplateSet templates, IEnumerable<string> formats, double printConfidence = Guidance.GuidanceAligner.PrintConfidence, bool confirmedOnly = false) =>
        Hash($"{toolVersion}\n{templates.Fingerprint}\n{string.Join(',', formats.Order(StringComparer.Ordinal))}"
            + (printConfidence == Guidance.GuidanceAligner.PrintConfidence ? string.Empty : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\nprint {printConfidence:R}"))
            + (confirmedOnly ? "\nconfirmed only" : string.Empty));

    /// <summary>
    /// The record of <paramref name="outputFolder"/> if it was made under <paramref name="key"/>
    /// (otherwise an empty one); with <paramref name="write"/>, the new record is written beside it
    /// as the build goes, and takes its place at <see cref="Save"/>.
    /// </summary>
    public static BuildManifest Load(string outputFolder, string key, bool write = false) =>
        new(System.IO.Path.Combine(outputFolder, FileName), key, write);

    public static string Hash(ReadOnlySpan<byte> bytes) => ContentHash.Of(bytes);

    public static string Hash(string text) => ContentHash.Of(text);

    /// <summary>
    /// True when the spec (by content hash) was built before under this key and every document made
    /// from it still has the size and last-write time it had then; <paramref name="documents"/> is
    /// how many documents that unit has.
    /// </summary>
    public bool TrySkip(string specPath, string specHash, string outputRoot, out int documents)
    {
        documents = 0;
        BuildRecordEntry? entry;
        lock (_gate)
        {
            entry = SlotOf(FullPath(specPath)).Old;
        }

        if (entry is null || !BuildRecordFormat.TryParseHash(specHash, out var hash) || entry.SpecHash != hash)
        {
            return false;
        }

        foreach (var document in entry.Documents)
        {
            var info = new FileInfo(System.IO.Path.Join(outputRoot, document.Folder, document.Name));
            if (!info.Exists || info.Length != document.Length || info.LastWriteTimeUtc.Ticks != document.LastWriteTicks)
            {
                return false;
            }
        }

        documents = entry.Documents.Length;
        Interlocked.Increment(ref _skipped);
        return true;
    }

    /// <summary>Records that the spec's documents are now current, as they are on disk this moment.</summary>
    public void Record(string specPath, string specHash, string outputRoot, IEnumerable<string> relativePaths)
    {
        var documents = new List<DocumentStamp>();
        foreach (var relative in relativePaths)
        {
            var info = new FileInfo(System.IO.Path.Combine(outputRoot, relative));
            if (!info.Exists || !BuildRecordFormat.IsRecordable(relative))
            {
                Forget(specPath);
                return;
            }

            documents.Add(_names.Stamp(relative, documents.Count > 0 ? documents[^1].Folder : null, info.Length, info.LastWriteTimeUtc.Ticks));
        }

        var full = FullPath(specPath);
        Settle(full, BuildRecordFormat.IsRecordable(full) && BuildRecordFormat.TryParseHash(specHash, out var hash) ? new BuildRecordEntry(hash, [.. documents]) : null);
    }

    public void Forget(string specPath) => Settle(FullPath(specPath), null);

    /// <summary>Keeps the spec's entry out of <see cref="Flush"/>: its outcome is settled later (a qualification's, after the units).</summary>
    public void Hold(string specPath)
    {
        lock (_gate)
        {
            SlotOf(FullPath(specPath)).Held = true;
        }
    }

    /// <summary>
    /// Reads the old entries up to <paramref name="lastSpec"/> (a full path), so that the window of
    /// specs ending there finds them without waiting on each other for the file.
    /// </summary>
    public void ReadUpTo(string lastSpec)
    {
        lock (_gate)
        {
            Pull(lastSpec, int.MaxValue);
        }
    }

    /// <summary>
    /// Writes every entry up to <paramref name="lastSpec"/> (a full path) that is not held, and
    /// forgets it: the old one where the build left a spec as it was, the new one where it recorded
    /// or forgot it, and the old entries of specs this build did not name whose files still exist.
    /// </summary>
    public void Flush(string lastSpec)
    {
        lock (_gate)
        {
            Pull(lastSpec, int.MaxValue);
            WritePending(lastSpec, late: null);
        }
    }

    /// <summary>
    /// Writes the rest of the record (every entry after the last flush, and those held) and puts it
    /// in place of the old one. Entries of specs that no longer exist are dropped.
    /// </summary>
    public void Save()
    {
        if (_new is null)
        {
            return;
        }

        lock (_gate)
        {
            var late = new SortedDictionary<string, Slot>(StringComparer.Ordinal);
            WritePending(null, late);
            while (Pull(null, CopyBatch))
            {
                WritePending(null, late);
            }

            if (late.Count == 0)
            {
                _new.Commit();
                return;
            }

            // Entries whose place the writer has passed (a qualification among the units): merged
            // into what was written by a second pass, which reads it back as a record.
            if (!_new.Close() || _new.TemporaryPath is not { } written)
            {
                return;
            }

            using var merged = BuildRecordWriter.Create(Path, Key);
            using (var back = BuildRecordReader.Open(written, Key, _names))
            {
                var hasNext = back.TryRead(out var spec, out var entry);
                foreach (var (held, slot) in late)
                {
                    while (hasNext && string.CompareOrdinal(spec, held) < 0)
                    {
                        merged.Write(spec, entry);
                        hasNext = back.TryRead(out spec, out entry);
                    }

                    var present = hasNext && spec == held ? entry : null;
                    if (present is not null)
                    {
                        hasNext = back.TryRead(out spec, out entry);
                    }

                    if (Outcome(held, slot, present) is { } kept)
                    {
                        merged.Write(held, kept);
                    }
                }

                while (hasNext)
                {
                    merged.Write(spec, entry);
                    hasNext = back.TryRead(out spec, out entry);
                }
            }

            merged.Commit();
        }
    }

    public void Dispose()
    {
        _old.Dispose();
        _new?.Dispose();
    }

    private void Settle(string full, BuildRecordEntry? entry)
    {
        lock (_gate)
        {
            var slot = SlotOf(full);
            slot.Settled = true;
            slot.New = entry;
        }
    }

    /// <summary>The slot of a spec, with its old entry if the record has one (read up to it first).</summary>
    private Slot SlotOf(string full)
    {
        Pull(full, int.MaxValue);
        if (!_pending.TryGetValue(full, out var slot))
        {
            slot = new Slot();
            _pending.Add(full, slot);
        }

        return slot;
    }

    /// <summary>Reads old entries up to <paramref name="last"/> (all when null), at most <paramref name="count"/>; true when it read any.</summary>
    private bool Pull(string? last, int count)
    {
        var read = false;
        while (count-- > 0)
        {
            if (_ahead is null)
            {
                if (!_old.TryRead(out var spec, out var entry))
                {
                    break;
                }

                _ahead = (spec, entry);
            }

            var (next, old) = _ahead.Value;
            if (last is not null && string.CompareOrdinal(next, last) > 0)
            {
                break;
            }

            // No slot is there yet: one is made only after every old entry up to its spec was read.
            _pending.TryAdd(next, new Slot { Old = old });
            _ahead = null;
            read = true;
        }

        return read;
    }

    /// <summary>
    /// Writes and drops the pending slots up to <paramref name="last"/> (all when null) that are not
    /// held; a slot at or before a place already written goes to <paramref name="late"/> when given
    /// (the end of the build), and otherwise stays.
    /// </summary>
    private void WritePending(string? last, SortedDictionary<string, Slot>? late)
    {
        var done = new List<string>();
        foreach (var (spec, slot) in _pending)
        {
            if (last is not null && string.CompareOrdinal(spec, last) > 0)
            {
                break;
            }

            if (slot.Held && late is null)
            {
                continue;
            }

            done.Add(spec);
            if (_written is not null && string.CompareOrdinal(spec, _written) <= 0)
            {
                if (late is not null)
                {
                    late[spec] = slot;
                }
                else
                {
                    done.RemoveAt(done.Count - 1);
                }

                continue;
            }

            if (Outcome(spec, slot, null) is { } kept)
            {
                _new?.Write(spec, kept);
            }

            _written = spec;
        }

        foreach (var spec in done)
        {
            _pending.Remove(spec);
        }
    }

    /// <summary>
    /// What the new record says of a spec: what the build settled, or else what was recorded before
    /// (<paramref name="written"/>, the entry already in the new record, or the old one) while its file exists.
    /// </summary>
    private static BuildRecordEntry? Outcome(string spec, Slot slot, BuildRecordEntry? written) =>
        slot.Settled ? slot.New : (written ?? slot.Old) is { } kept && File.Exists(spec) ? kept : null;

    private static string FullPath(string path) => System.IO.Path.GetFullPath(path);

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Empty in a single-file or native binary, which is then the process's own file.")]
    private static string ComputeToolVersion()
    {
        // Native code (no dynamic code) is the executable itself; asking it for an assembly's location
        // would start the reflection machinery this avoids.
        var location = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? typeof(BuildManifest).Assembly.Location : "";
        var file = new FileInfo(location.Length > 0 ? location : Environment.ProcessPath ?? "");
        return file.Exists ? string.Create(CultureInfo.InvariantCulture, $"{file.Length} {file.LastWriteTimeUtc.Ticks}") : Guid.NewGuid().ToString("N"); // unknown: never matches, so always a full build
    }

    private sealed class Slot
    {
        public BuildRecordEntry? Old { get; init; }

        public bool Held { get; set; }

        public bool Settled { get; set; }

        public BuildRecordEntry? New { get; set; }
    }
}
