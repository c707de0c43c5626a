using UnitCompiler.Diagnostics;
using UnitCompiler.IO;

namespace UnitCompiler.Project;

/// <summary>
/// A build's exclusive hold on its output folder: <c>.unitc-build.lock</c> in it, open with
/// FileShare.None (an flock on Unix, a sharing lock on Windows) for as long as the build writes.
/// The OS releases it when the process ends, however it ends, so a killed build never leaves the
/// folder locked; for that reason the file itself stays (deleting it would let a third build lock a
/// new file while a second still holds the old one). A second build stops at once with UNITC0333
/// rather than wait: it cannot know how long the first will take.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    public const string FileName = ".unitc-build.lock";
    private readonly FileStream _stream;
    private readonly string _root;

    private OutputLock(FileStream stream, string root, bool createdRoot)
    {
        _stream = stream;
        _root = root;
        CreatedRoot = createdRoot;
    }

    /// <summary>The folder did not exist before this build.</summary>
    public bool CreatedRoot { get; }

    /// <summary>Whether anything was written under this lock; a folder made only for a build that wrote nothing is removed again.</summary>
    public bool Wrote { get; set; }

    /// <param name="root">The output folder, a full path, already checked not to be a file or a link.</param>
    /// <param name="shown">The folder as the user named it, for messages.</param>
    /// <param name="diagnostics">Receives UNITC0333 (held by another build), UNITC0330 (the lock file is a link) or UNITC0332 (cannot be made).</param>
    public static OutputLock? TryTake(string root, string shown, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, FileName);
        var shownPath = Path.Combine(shown, FileName);
        var createdRoot = !Directory.Exists(root);
        FileStream? stream = null;
        try
        {
            Directory.CreateDirectory(root);
            if (FileSystemLinks.IsLink(path))
            {
                diagnostics.Add(DiagnosticCatalog.OutputThroughLink, SourceLocation.File(shownPath));
                return null;
            }

            // Left empty: a folder under version control then sees the file change once, not at every build.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            return new OutputLock(stream, root, createdRoot);
        }
        catch (IOException e) when (IOErrors.IsHeldByAnotherProcess(e))
        {
            stream?.Dispose();
            diagnostics.Add(DiagnosticCatalog.OutputLocked, SourceLocation.File(shown), Path.TrimEndingDirectorySeparator(shown) + Path.DirectorySeparatorChar, shownPath);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            diagnostics.Add(DiagnosticCatalog.OutputFolderUnwritable, SourceLocation.File(shown), e.Message);
            return null;
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (CreatedRoot && !Wrote)
        {
            // Leave no folder behind that holds nothing but the lock. Safe to delete: a build that
            // tried to lock it meanwhile has already stopped (UNITC0333), none waits on this file.
            try
            {
                File.Delete(Path.Combine(_root, FileName));
                if (!Directory.EnumerateFileSystemEntries(_root).Any())
                {
                    Directory.Delete(_root);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An empty folder left behind is untidy, not wrong.
            }
        }
    }
}
