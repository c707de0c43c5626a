using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using UnitCompiler.IO;
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
/// In memory an entry is kept small (a binary hash; the unit's folder once; document names shared by
/// every unit), because the whole record lives for the whole build: at ten thousand units the
/// record as strings was most of what the build's peak memory grew by.
/// </summary>
public sealed class BuildManifest
{
    public const string FileName = ".unitc-build";
    private const string Header = "unitc-build 1";
    private static readonly System.Buffers.SearchValues<char> LowerHexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");
    private readonly ConcurrentDictionary<string, Entry> _entries;
    private readonly DocumentNames _names;
    private int _skipped;

    private BuildManifest(string path, string key, ConcurrentDictionary<string, Entry> entries, DocumentNames names)
    {
        Path = path;
        Key = key;
        _entries = entries;
        _names = names;
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

    /// <summary>The record of <paramref name="outputFolder"/> if it was made under <paramref name="key"/>; otherwise an empty one.</summary>
    public static BuildManifest Load(string outputFolder, string key)
    {
        var path = System.IO.Path.Combine(outputFolder, FileName);
        var names = new DocumentNames();
        return new BuildManifest(path, key, TryParse(path, key, names) ?? new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal), names);
    }

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
        if (!_entries.TryGetValue(FullPath(specPath), out var entry) || !TryParseHash(specHash, out var hash) || entry.SpecHash != hash)
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
            if (!info.Exists || !IsRecordable(relative))
            {
                Forget(specPath);
                return;
            }

            documents.Add(_names.Stamp(relative, documents.Count > 0 ? documents[^1].Folder : null, info.Length, info.LastWriteTimeUtc.Ticks));
        }

        var full = FullPath(specPath);
        if (IsRecordable(full) && TryParseHash(specHash, out var hash))
        {
            _entries[full] = new Entry(hash, [.. documents]);
        }
    }

    public void Forget(string specPath) => _entries.TryRemove(FullPath(specPath), out _);

    /// <summary>Writes the record atomically. Entries of specs that no longer exist are dropped.</summary>
    public void Save() => AtomicFile.Write(Path, stream =>
    {
        // Streamed: the record of a large catalogue is megabytes, and a whole string of it (then
        // its bytes) was most of the memory a ten-thousand-unit rebuild used.
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024) { NewLine = "\n" };
        writer.WriteLine(Header);
        writer.WriteLine("key\t" + Key);
        foreach (var (spec, entry) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!File.Exists(spec))
            {
                continue;
            }

            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"spec\t{entry.SpecHash:x32}\t{spec}"));
            foreach (var d in entry.Documents)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"doc\t{d.Length}\t{d.LastWriteTicks}\t{d.Folder}{d.Name}"));
            }
        }
    });

    private static ConcurrentDictionary<string, Entry>? TryParse(string path, string key, DocumentNames names)
    {
        try
        {
            // A link in place of the record (to /dev/zero, say) is not followed: a full build instead.
            return File.Exists(path) && !FileSystemLinks.IsLink(path) ? Parse(File.ReadLines(path), key, names) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // an unreadable record costs a full build, never a wrong one
        }
    }

    private static ConcurrentDictionary<string, Entry>? Parse(IEnumerable<string> records, string key, DocumentNames names)
    {
        // Read line by line rather than whole: a large catalogue's record is megabytes.
        using var lines = records.GetEnumerator();
        if (!lines.MoveNext() || lines.Current != Header || !lines.MoveNext() || lines.Current != "key\t" + key)
        {
            return null;
        }

        var entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        string? spec = null;
        UInt128? hash = null;
        var documents = new List<DocumentStamp>();
        void Flush()
        {
            if (spec is not null && hash is { } h)
            {
                entries[spec] = new Entry(h, [.. documents]);
            }

            documents.Clear();
        }

        while (lines.MoveNext())
        {
            var fields = lines.Current.Split('\t');
            if (fields is ["spec", var h, var s] && TryParseHash(h, out var parsed) && s.Length > 0)
            {
                Flush();
                (spec, hash) = (s, parsed);
            }
            else if (fields is ["doc", var length, var ticks, var relative] && spec is not null
                && long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
                && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                && IsRecordable(relative) && relative.Length > 0)
            {
                documents.Add(names.Stamp(relative, documents.Count > 0 ? documents[^1].Folder : null, l, t));
            }
            else
            {
                return null; // a malformed line: trust none of it
            }
        }

        Flush();
        return entries;
    }

    private static string FullPath(string path) => System.IO.Path.GetFullPath(path);

    /// <summary>A content hash (lower-case hex of <see cref="ContentHash.Length"/> digits) as the number it spells.</summary>
    private static bool TryParseHash(string hex, out UInt128 hash)
    {
        hash = default;
        return hex.Length == ContentHash.Length && !hex.AsSpan().ContainsAnyExcept(LowerHexDigits)
            && UInt128.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out hash);
    }

    private static bool IsRecordable(string path) => !path.Contains('\t', StringComparison.Ordinal) && !path.Contains('\n', StringComparison.Ordinal) && !path.Contains('\r', StringComparison.Ordinal);

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Empty in a single-file or native binary, which is then the process's own file.")]
    private static string ComputeToolVersion()
    {
        // Native code (no dynamic code) is the executable itself; asking it for an assembly's location
        // would start the reflection machinery this avoids.
        var location = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? typeof(BuildManifest).Assembly.Location : "";
        var file = new FileInfo(location.Length > 0 ? location : Environment.ProcessPath ?? "");
        return file.Exists ? string.Create(CultureInfo.InvariantCulture, $"{file.Length} {file.LastWriteTimeUtc.Ticks}") : Guid.NewGuid().ToString("N"); // unknown: never matches, so always a full build
    }

    private sealed record Entry(UInt128 SpecHash, DocumentStamp[] Documents);
}
